# __getattr__ fallback for missing attributes, __setattr__ interception, __getattribute__ logging.
class Lazy:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        return f"<computed {name}>"
l = Lazy()
print(l.real, l.anything, getattr(l, "other"), hasattr(l, "whatever"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
r = Recorder()
r.x = 1
r.y = 2
print(r.log, r.x, r.y)
class Upper:
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
u = Upper()
u.word = "quiet"
print(u.word)
class Strict:
    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")
try:
    Strict().missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(Strict(), "x", "fallback"))
