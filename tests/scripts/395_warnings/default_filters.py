# The default filter list of a regular (non-debug) CPython build, and what it does.
import warnings

for f in warnings.filters:
    print(f)
print(warnings.defaultaction, warnings.onceregistry)

with warnings.catch_warnings(record=True) as w:
    # No simplefilter here: the defaults apply.
    for i in range(2):
        warnings.warn("pending", PendingDeprecationWarning)
        warnings.warn("import", ImportWarning)
        warnings.warn("resource", ResourceWarning)
        warnings.warn("user", UserWarning)
        warnings.warn("runtime", RuntimeWarning)
        warnings.warn_explicit("dep main", DeprecationWarning, "x.py", 3, module="__main__")
        warnings.warn_explicit("dep other", DeprecationWarning, "x.py", 3, module="other")
        warnings.warn_explicit("dep main2", DeprecationWarning, "x.py", 3, module="__main__x")
print([(m.category.__name__, str(m.message)) for m in w])

print(warnings.filters[0][3] == "__main__", type(warnings.filters[0][3]).__name__)
print(len(warnings.filters))
