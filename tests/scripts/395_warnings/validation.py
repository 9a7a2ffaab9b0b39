# Argument checking and malformed filter state.
import warnings

for cat in [int, 5, "UserWarning", Exception]:
    try:
        warnings.warn("x", cat)
    except TypeError as e:
        print("TypeError:", e)

try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.filterwarnings("ignore", message=5)
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.filterwarnings("ignore", category=ValueError)
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.simplefilter("ignore", lineno=-1)
except AssertionError as e:
    print("AssertionError:", e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("dropped", UserWarning, "f.py", 1, module=None)
    warnings.warn_explicit("kept", UserWarning, "f.py", 1, module="m")
    warnings.warn_explicit("kept too", UserWarning, "f.py", 1)
    try:
        warnings.warn_explicit("bad reg", UserWarning, "f.py", 1, "m", registry=[])
    except TypeError as e:
        print("TypeError:", e)
print([str(m.message) for m in w])

with warnings.catch_warnings():
    warnings.filters[:] = [("explode", None, Warning, None, 0)]
    try:
        warnings.warn("x1")
    except RuntimeError as e:
        print("RuntimeError:", e)
    warnings.filters[:] = ["not a tuple"]
    try:
        warnings.warn("x2")
    except ValueError as e:
        print("ValueError:", e)
    warnings.filters[:] = [(1, None, Warning, None, 0)]
    try:
        warnings.warn("x3")
    except TypeError as e:
        print("TypeError:", e)

print(warnings.__all__)
print(callable(warnings._filters_mutated))
