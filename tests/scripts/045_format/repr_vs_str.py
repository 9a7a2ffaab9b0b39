# repr vs str for numbers, strings, containers and classes with only one of the dunders.
vals = [1, 1.0, "s", "it's", b"b", None, True, [1, "a"], (1,), {"k": 1.5}, 1j]
for v in vals:
    print(str(v), repr(v), sep=" || ")
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
print(str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()])
print(str(OnlyStr()), [OnlyStr()][0].__str__())
print(f"{OnlyRepr()}", f"{OnlyRepr()!r}", "%s|%r" % (OnlyRepr(), OnlyRepr()))
