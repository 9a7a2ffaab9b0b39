# Deduplication: "default", "once", "module", "always" and the registries.
import warnings

def count(action, n=3, texts=("same",)):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter(action)
        for i in range(n):
            for t in texts:
                warnings.warn(t)
    return len(w)

for action in ["default", "once", "module", "always", "ignore"]:
    print(action, count(action), count(action, texts=("one", "two", "one")))

def explicit(action, calls):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter(action)
        for text, lineno, reg in calls:
            warnings.warn_explicit(text, UserWarning, "f.py", lineno, "m", reg)
    return [(str(m.message), m.lineno) for m in w]

r1, r2 = {}, {}
calls = [("t", 1, r1), ("t", 2, r1), ("t", 1, r1), ("t", 1, r2), ("u", 1, r1)]
for action in ["default", "module", "once", "always"]:
    r1.clear(); r2.clear()
    print(action, explicit(action, calls))

# No registry: "default" and "module" cannot remember, "once" uses onceregistry.
calls = [("n", 1, None), ("n", 2, None), ("n", 1, None)]
for action in ["default", "module", "once"]:
    print(action, "no registry", explicit(action, calls))

# Changing the filters resets every registry (they are stamped with a version).
reg = {}
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    warnings.warn_explicit("v", UserWarning, "f.py", 1, "m", reg)
    warnings.warn_explicit("v", UserWarning, "f.py", 1, "m", reg)
    print(len(w), ("v", UserWarning, 1) in reg, "version" in reg)
    warnings.simplefilter("default")
    warnings.warn_explicit("v", UserWarning, "f.py", 1, "m", reg)
    print(len(w))
    # A registry entry that is already set suppresses the warning.
    reg2 = {}
    warnings.warn_explicit("w", UserWarning, "f.py", 1, "m", reg2)
    warnings.warn_explicit("w", UserWarning, "f.py", 1, "m", reg2)
    print(len(w), sorted(k for k in reg2 if k != "version") == [("w", UserWarning, 1)])
