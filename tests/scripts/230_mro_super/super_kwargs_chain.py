# Cooperative methods passing positional args and kwargs along a five-class MRO.
class Root:
    def setup(self, **kw):
        self.trace.append("Root")
        assert not kw, kw
class Color(Root):
    def setup(self, color="black", **kw):
        self.trace.append("Color:" + color)
        super().setup(**kw)
class Shape(Root):
    def setup(self, sides=0, **kw):
        self.trace.append("Shape:%d" % sides)
        super().setup(**kw)
class Named(Root):
    def setup(self, name="?", **kw):
        self.trace.append("Named:" + name)
        super().setup(**kw)
class Thing(Color, Shape, Named):
    def __init__(self, **kw):
        self.trace = []
        self.setup(**kw)
print(Thing(color="red", sides=3, name="tri").trace)
print(Thing().trace)
try:
    Thing(weight=5)
except AssertionError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in Thing.__mro__])
