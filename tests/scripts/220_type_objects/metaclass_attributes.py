# Attributes and properties defined on a metaclass are visible on classes but not instances.
class Meta(type):
    kind = "meta-attr"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __len__(cls):
        return len(cls.__name__)
    def __getitem__(cls, i):
        return cls.__name__[i]
    def __repr__(cls):
        return "<Meta class " + cls.__name__ + ">"
    def __iter__(cls):
        return iter(range(3))
class Widget(metaclass=Meta):
    kind = "class-attr"
class Gadget(metaclass=Meta):
    pass
print(Widget.kind, Gadget.kind, Widget.upper_name, Gadget.upper_name)
print(len(Widget), Widget[0], Gadget[-1], repr(Widget), list(Gadget))
print(str(Widget), [Widget, Gadget])
try:
    Widget().upper_name
except AttributeError as e:
    print(type(e).__name__, e)
print(Widget().kind, hasattr(Gadget(), "kind"))
class Meta2(type):
    def __eq__(cls, other):
        return cls.__name__ == getattr(other, "__name__", None)
    __hash__ = type.__hash__
class P(metaclass=Meta2): pass
Q = Meta2("P", (), {})
print(P == Q, P is Q)
