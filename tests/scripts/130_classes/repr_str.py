# __repr__ and __str__ used by print, str(), repr(), containers and f-strings.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, "a")
print(p, str(p), repr(p), [p], (p,), {"k": p})
print(f"{p} {p!r}", "%s %r" % (p, p), "{} {!r}".format(p, p))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
