# __enter__ return value binds to `as`; __exit__ gets (None, None, None) on normal exit.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False
with CM("a") as v:
    print("body", v)
with CM("b"):
    print("no target")
with CM("cd") as (x, y):
    print(x, y)
class Holder:
    pass
h = Holder()
with CM("d") as h.attr:
    pass
print(h.attr)
d = {}
with CM("e") as d["key"]:
    pass
print(d)
