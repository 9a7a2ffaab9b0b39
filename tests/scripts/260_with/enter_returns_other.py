# __enter__ may return another object or None; `as` binds whatever it returns.
class Resource:
    def __init__(self, name): self.name = name
    def read(self): return "data from " + self.name
class Opener:
    def __init__(self, name): self.name = name
    def __enter__(self):
        self.res = Resource(self.name)
        return self.res
    def __exit__(self, *a):
        print("closing", self.res.name)
        self.res.name = None
with Opener("file1") as r:
    print(type(r).__name__, r.read())
print(r.name)
class NoneEnter:
    def __enter__(self): pass
    def __exit__(self, *a): pass
with NoneEnter() as n:
    print(n)
class SelfEnter:
    def __enter__(self): return self
    def __exit__(self, *a): pass
s = SelfEnter()
with s as t:
    print(t is s)
