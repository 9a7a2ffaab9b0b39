# __getattr__ that reads a missing attribute of self during __init__ recursion is guarded.
class Lazy:
    def __init__(self):
        self.computed = 0
    def __getattr__(self, name):
        if name.startswith("lazy_"):
            self.computed += 1
            value = name[5:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.lazy_a, l.lazy_a, l.lazy_b, l.computed)
try:
    l.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(l, "other", "default"), hasattr(l, "lazy_c"), l.computed)
class Recursive:
    def __getattr__(self, name):
        return self.__getattr__(name) if name == "deep" else name
print(Recursive().simple)
try:
    Recursive().deep
except RecursionError as e:
    print(type(e).__name__)
