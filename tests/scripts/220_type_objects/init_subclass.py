# __init_subclass__ with keyword arguments, implicit classmethod, and chaining.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin): pass
class B(Plugin, name="bee"): pass
class C(B): pass
print(Plugin.registry, A.plugin_name, B.plugin_name, C.plugin_name)
print(hasattr(Plugin, "plugin_name"))
try:
    class D(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init_subclass__(cls):
        print("Base sees", cls.__name__)
class Mid(Base):
    def __init_subclass__(cls):
        print("Mid sees", cls.__name__)
        super().__init_subclass__()
class Leaf(Mid): pass
print(type(Base.__dict__["__init_subclass__"]).__name__)
