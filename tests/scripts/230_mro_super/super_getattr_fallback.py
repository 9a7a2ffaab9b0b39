# super().__getattr__ / __getattribute__ delegation and fallbacks.
class Base:
    def __getattr__(self, name):
        return "Base fallback " + name
class Child(Base):
    def __getattr__(self, name):
        if name.startswith("c_"):
            return "Child handles " + name
        return super().__getattr__(name)
c = Child()
print(c.c_one, c.other)
class Plain:
    def __getattr__(self, name):
        return super().__getattr__(name)
try:
    Plain().x
except AttributeError as e:
    print(type(e).__name__, e)
class Tracing:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
t = Tracing()
t.value = 3
print(t.value, t.secret)
try:
    t.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Tracing):
    def __getattribute__(self, name):
        return "sub:" + str(super().__getattribute__(name))
s = Sub()
s.x = 1
print(s.x, s.secret)
