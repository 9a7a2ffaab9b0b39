# Overridden __setattr__/__delattr__ delegating to super(); object.__setattr__ direct use.
class Audited:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        super().__delattr__(name)
a = Audited()
a.x = 1
a.y = 2
del a.x
print(a.log, sorted(vars(a)))
try:
    del a.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Frozen:
    def __init__(self, v):
        super().__setattr__("v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: cannot set " + name)
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e)
object.__setattr__(f, "v", 5)
print(f.v)
try:
    object.__setattr__(1, "real", 2)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
