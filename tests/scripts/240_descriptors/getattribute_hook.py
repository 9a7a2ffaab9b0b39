# __getattribute__ intercepts every lookup; delegation to object.__getattribute__.
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x
l = Logged()
print(l.x)
print(l.method())
try:
    l.missing
except AttributeError as e:
    print(type(e).__name__, e)
class WithBoth:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom not allowed")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr:" + name
w = WithBoth()
print(w.boom, w.other)
class Everything:
    def __getattribute__(self, name):
        return 42
e = Everything()
print(e.a, e.__dict__, e.__class__, type(e).__name__)
