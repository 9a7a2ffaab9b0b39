# __repr__/__str__/__format__ used by repr(), str(), print, f-strings and format().
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
class ReprOnly:
    def __repr__(self): return "ReprOnly-repr"
class Fmt:
    def __format__(self, spec):
        return "Fmt[" + spec + "]"
    def __repr__(self): return "Fmt-repr"
b, r, f = Both(), ReprOnly(), Fmt()
print(b, repr(b), str(b), f"{b}", f"{b!r}", f"{b!s}", [b], (b,), {"k": b})
print(r, str(r), f"{r}", "%s %r" % (r, r))
print(f"{f}", f"{f:>10}", format(f, "x"), "{:abc}".format(f), f"{f!r}", str(f))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadFmt:
    def __format__(self, spec): return 1
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__, e)
