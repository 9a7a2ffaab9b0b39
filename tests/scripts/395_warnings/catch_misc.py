# catch_warnings odds and ends: action=, nesting, restore on exception, misuse.
import warnings

with warnings.catch_warnings(record=True, action="ignore") as w:
    warnings.warn("ignored by action=")
print(len(w))

with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("inner")
    warnings.warn("outer 2")
print([str(m.message) for m in outer], [str(m.message) for m in inner])

before = list(warnings.filters)
try:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.warn("escapes")
except UserWarning as e:
    print("escaped:", e)
print(warnings.filters == before)

cw = warnings.catch_warnings()
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)

# The filters list object itself is swapped in and out.
lst = warnings.filters
with warnings.catch_warnings():
    print(warnings.filters is lst, warnings.filters == lst)
    warnings.simplefilter("ignore")
    print(len(warnings.filters) == len(lst) + 1)
print(warnings.filters is lst)

# catch_warnings with category/append passed through to simplefilter.
with warnings.catch_warnings(record=True, action="always", category=RuntimeWarning) as w:
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("rt", RuntimeWarning)
    warnings.warn("rt", RuntimeWarning)
    warnings.warn("user", UserWarning)
print([(m.category.__name__, str(m.message)) for m in w])
