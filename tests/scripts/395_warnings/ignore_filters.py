# "ignore", message/module/lineno filters, ordering, append, resetwarnings.
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("a")
    warnings.warn("b", RuntimeWarning)
print("ignored all:", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", category=RuntimeWarning)
    warnings.warn("user")
    warnings.warn("rt", RuntimeWarning)
    warnings.warn("fut", FutureWarning)
print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="spam.*eggs")
    for text in ["spam and eggs", "Spam with EGGS", "eggs and spam", "spam only", "xspam eggs"]:
        warnings.warn(text)
print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="pkg\\.mod")
    for mod in ["pkg.mod", "pkg.modern", "pkgxmod", "other", "PKG.MOD"]:
        warnings.warn_explicit("from " + mod, UserWarning, "f.py", 1, module=mod)
print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", lineno=7)
    for ln in [5, 6, 7, 8]:
        warnings.warn_explicit("line %d" % ln, UserWarning, "f.py", ln)
print([str(m.message) for m in w])

with warnings.catch_warnings():
    warnings.resetwarnings()
    print("after reset:", warnings.filters)
    warnings.simplefilter("ignore")
    warnings.simplefilter("error", RuntimeWarning)
    warnings.simplefilter("ignore")          # moves to the front, no duplicate
    print([(f[0], f[2].__name__) for f in warnings.filters])
    warnings.simplefilter("always", append=True)
    warnings.simplefilter("ignore", append=True)   # already present: not added
    print([(f[0], f[2].__name__) for f in warnings.filters])
    warnings.filterwarnings("error", "abc", FutureWarning, "mod", 3)
    f = warnings.filters[0]
    print(f[0], f[1].pattern, f[2].__name__, f[3].pattern, f[4])
    print(f[1].match("ABCdef") is not None, f[1].match("xabc") is not None)
    print(f[3].match("mod") is not None, f[3].match("Mod") is not None)

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.warn("no filters at all")
    warnings.defaultaction = "ignore"
    warnings.warn("default action ignore")
    warnings.defaultaction = "default"
print([str(m.message) for m in w])
print(len(warnings.filters))
