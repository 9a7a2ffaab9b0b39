# callable, getattr with default, setattr, hasattr, delattr on instances and classes.
class Obj:
    cls_attr = "class"
    def method(self):
        return "m"
o = Obj()
print(callable(o), callable(Obj), callable(o.method), callable(len), callable(lambda: 0), callable(5), callable("s"))
class CallMe:
    def __call__(self):
        return "called"
print(callable(CallMe()), CallMe()())
print(getattr(o, "cls_attr"), getattr(o, "missing", "dflt"), getattr(o, "method")())
setattr(o, "dyn", 99)
print(o.dyn, hasattr(o, "dyn"), hasattr(o, "nope"), hasattr(Obj, "method"))
delattr(o, "dyn")
print(hasattr(o, "dyn"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(Obj, "added", lambda self: "new method")
print(o.added())
