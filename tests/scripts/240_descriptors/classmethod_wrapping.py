# classmethod over other descriptors (CPython 3.11 chains __get__), member descriptor
# names, and super()'s read-only fields.
class Meta(type):
    pass


class A(metaclass=Meta):
    @classmethod
    @property
    def kind(cls):
        return "kind of " + cls.__name__

    sm_in_cm = classmethod(staticmethod(lambda *a: a))
    cm_in_cm = classmethod(classmethod(lambda *a: [x.__name__ for x in a]))


class B(A):
    pass


print(A.kind, B.kind, B().kind)
print(A.sm_in_cm(), B.sm_in_cm(1))
print(A.cm_in_cm(), B().cm_in_cm())


class Getter:
    def __get__(self, obj, objtype=None):
        return ("got", type(obj).__name__ if obj is not None else None, objtype.__name__)


class C:
    g = classmethod(Getter())


print(C.g, C().g)


class S:
    __slots__ = ("alpha", "_S__beta")


for name in ("alpha", "_S__beta"):
    d = S.__dict__[name]
    print(type(d).__name__, d.__name__, d.__qualname__, repr(d))

s = super(B, B())
for field in ("__thisclass__", "__self__", "__self_class__"):
    try:
        setattr(s, field, None)
    except AttributeError as e:
        print(field, "AttributeError", e)
try:
    s.other = 1
except AttributeError as e:
    print("other AttributeError", e)
