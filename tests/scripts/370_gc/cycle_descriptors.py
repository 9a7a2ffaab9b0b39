# property, staticmethod, classmethod and super objects taking part in cycles.
import gc
import weakref

gc.disable()
gc.collect()
log = []

class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)

    def __call__(self, *args):
        return self.name


def collect(label):
    n = gc.collect()
    print(label, "collected", n, "finalized", sorted(log))
    log.clear()


print("-- property whose doc object refers back to it")
holder = Tracked("prop-doc")
p = property(None, None, None, holder)
holder.prop = p
print("doc is holder:", p.__doc__ is holder)
del p, holder
collect("property doc:")

print("-- property whose getter refers back to it")
getter = Tracked("prop-getter")
p = property(getter)
getter.prop = p
print("fget is getter:", p.fget is getter)
del p, getter
collect("property fget:")

print("-- staticmethod wrapping a callable that refers back")
c = Tracked("static")
sm = staticmethod(c)
c.wrapper = sm
print("__func__ is c:", sm.__func__ is c)
del sm, c
collect("staticmethod:")

print("-- classmethod wrapping a callable that refers back")
c = Tracked("classm")
cm = classmethod(c)
c.wrapper = cm
del cm, c
collect("classmethod:")

print("-- super object stored on the instance")
class Base:
    def hello(self):
        return "base hello"

class Child(Base):
    def __init__(self, name):
        self.name = name
        self.sup = super()

    def __del__(self):
        log.append(self.name)

c = Child("super")
print(c.sup.hello())
print("super self is c:", c.sup.__self__ is c)
del c
collect("super:")

print("-- explicit super(type, obj)")
c = Child("super2")
c.sup = super(Child, c)
del c
collect("super explicit:")

print("-- property installed on a class, instance refers to the class")
class WithProp:
    def __init__(self, name):
        self.name = name
        self.cls = WithProp

    def __del__(self):
        log.append(self.name)

    @property
    def value(self):
        return self.name.upper()

w = WithProp("propinst")
print(w.value)
w.me = w
del w
collect("instance with property:")

print("-- staticmethod with an attribute pointing at itself")
sm = staticmethod(len)
sm.me = sm
del sm
collect("staticmethod __dict__:")
