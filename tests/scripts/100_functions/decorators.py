# Function decorators: simple wrappers, decorators with arguments, stacking order, attribute copy.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    wrapper.__name__ = fn.__name__
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
def trace(label):
    def deco(fn):
        def wrapper(*a):
            print("enter", label)
            r = fn(*a)
            print("exit", label)
            return r
        return wrapper
    return deco
@shout
def hello(name):
    return "hello " + name
@repeat(3)
def one():
    return 1
@trace("outer")
@trace("inner")
def work(x):
    print("working", x)
    return x * 2
print(hello("bob"), hello.__name__)
print(one())
print(work(21))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry, a() is None)
