# __prepare__ supplies the class namespace; it sees name, bases and keyword arguments.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        print("ns type", type(ns).__name__)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True):
    b = 1
    a = 2
    def c(self): pass
    b = 3
print(A.order, A.b)
class Pre(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"injected": 42}
class B(metaclass=Pre):
    seen = injected + 1
print(B.injected, B.seen)
