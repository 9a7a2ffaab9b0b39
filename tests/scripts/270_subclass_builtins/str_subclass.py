# str subclasses: methods return plain str; equality, hashing, formatting and __new__.
class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hi")
print(t, repr(t), t.shout(), type(t.upper()).__name__, type(t + "x").__name__, type(t[0]).__name__)
print(t == "hi", {"hi": 1}[t], isinstance(t, str), len(t), f"[{t:>4}]", "%s" % t)
class Lower(str):
    def __new__(cls, value):
        return super().__new__(cls, value.lower())
l = Lower("MiXeD")
print(l, type(l).__name__, l.startswith("mi"), str(l), type(str(l)).__name__)
class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)
p = Path("usr") / "local" / "bin"
print(p, type(p).__name__, p.split("/"))
class Rep(str):
    def __repr__(self):
        return "Rep(" + super().__repr__() + ")"
print(repr(Rep("a")), [Rep("b")], str(Rep("c")), "".join([Rep("d"), "e"]))
