# Class bodies execute at definition time; class namespace, methods defined conditionally, __dict__.
print("before class")
class Config:
    print("inside class body")
    debug = True
    if debug:
        def mode(self):
            return "debug"
    else:
        def mode(self):
            return "release"
    items = [i * 2 for i in range(3)]
    total = sum(items)
print("after class")
print(Config().mode(), Config.items, Config.total)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
print(Config.__module__, Config.__doc__)
class Documented:
    """A documented class."""
print(Documented.__doc__, Documented.__name__)
def make_class(n):
    class Inner:
        size = n
    return Inner
print(make_class(3).size, make_class(4).__qualname__)
