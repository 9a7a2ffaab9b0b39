# super() inside __init_subclass__ and inside metaclass methods.
class Base:
    hooks = []
    def __init_subclass__(cls, **kw):
        Base.hooks.append(("Base", cls.__name__, sorted(kw)))
        super().__init_subclass__()
class Mid(Base):
    def __init_subclass__(cls, level=0, **kw):
        Base.hooks.append(("Mid", cls.__name__, level))
        super().__init_subclass__(**kw)
class Leaf(Mid, level=2, other=1): pass
print(Base.hooks)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.meta_made = True
        return cls
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.via_meta = True
        return inst
class SubMeta(Meta):
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.via_submeta = True
        return inst
class K(metaclass=SubMeta):
    def __init__(self, v=0):
        self.v = v
k = K(7)
print(K.meta_made, k.v, k.via_meta, k.via_submeta)
