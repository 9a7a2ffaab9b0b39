# __getattr__ on a metaclass handles missing class attributes; instances are unaffected.
class Meta(type):
    def __getattr__(cls, name):
        if name.isupper():
            return name.lower() + " via meta"
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
class Consts(metaclass=Meta):
    DEFINED = "defined"
print(Consts.DEFINED, Consts.OTHER, getattr(Consts, "XYZ"))
try:
    Consts.lower
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Consts().OTHER
except AttributeError as e:
    print(type(e).__name__, e)
class Enumish(type):
    def __iter__(cls):
        return iter(sorted(k for k in vars(cls) if not k.startswith("_")))
    def __contains__(cls, item):
        return item in vars(cls).values()
class Color(metaclass=Enumish):
    RED = 1
    GREEN = 2
print(list(Color), 2 in Color, 5 in Color)
