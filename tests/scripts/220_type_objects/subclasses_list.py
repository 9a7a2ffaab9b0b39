# __subclasses__() lists direct subclasses in definition order.
class Root: pass
class A(Root): pass
class B(Root): pass
class C(A): pass
class D(A, B): pass
print([c.__name__ for c in Root.__subclasses__()])
print([c.__name__ for c in A.__subclasses__()])
print([c.__name__ for c in B.__subclasses__()])
print([c.__name__ for c in C.__subclasses__()])
def all_subs(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subs(s))
    return out
print(all_subs(Root))
Dyn = type("Dyn", (C,), {})
print([c.__name__ for c in C.__subclasses__()])
print(type(Root.__subclasses__()).__name__)
class BaseErr(Exception): pass
class E1(BaseErr): pass
class E2(BaseErr): pass
print(sorted(c.__name__ for c in BaseErr.__subclasses__()))
