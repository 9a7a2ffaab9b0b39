# __setattr__/__delattr__ overrides: validation, read-only attrs, and augmented assignment.
class Validated:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("cannot set private %r" % name)
        if not isinstance(value, int):
            raise TypeError("%s must be int" % name)
        print("setattr", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        if name == "keep":
            raise AttributeError("keep is permanent")
        print("delattr", name)
        object.__delattr__(self, name)
v = Validated()
v.a = 1
v.a += 5
print(v.a)
for name, val in [("_p", 1), ("b", "x")]:
    try:
        setattr(v, name, val)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
v.keep = 2
try:
    del v.keep
except AttributeError as e:
    print(type(e).__name__, e)
del v.a
print(vars(v))
try:
    delattr(v, "a")
except AttributeError as e:
    print(type(e).__name__, e)
