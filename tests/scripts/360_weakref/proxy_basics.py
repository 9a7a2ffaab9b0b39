# weakref.proxy: attribute access, assignment, deletion, methods, dead proxies.
import weakref


class A:
    """The A class."""
    kind = 'class attr'

    def __init__(self, x):
        self.x = x

    def double(self):
        return self.x * 2


a = A(21)
p = weakref.proxy(a)
print(type(p))
print(type(p).__name__, type(p).__qualname__, type(p).__module__)
print(p.x, p.double(), p.kind, p.__doc__)
print(p.__class__, p.__class__ is A, type(p) is A)
print(p.__dict__, vars(p))
p.y = 'set through proxy'
print(a.y)
del p.y
print(hasattr(a, 'y'), hasattr(p, 'y'))
setattr(p, 'z', 3)
print(getattr(p, 'z'), a.z)
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)
print(weakref.proxy(a) is p)
print(isinstance(p, weakref.ProxyTypes), isinstance(p, weakref.ProxyType))
print(isinstance(p, weakref.ref), callable(p))
print(sorted(n for n in dir(p) if not n.startswith('__')))

del a
for action in ['p.x', 'p.double', 'str(p)', 'bool(p)', 'p.__class__']:
    try:
        eval(action)
    except ReferenceError as e:
        print(action, '->', type(e).__name__, e)
try:
    p.x = 1
except ReferenceError as e:
    print('setattr ->', e)
try:
    del p.x
except ReferenceError as e:
    print('delattr ->', e)
print(issubclass(ReferenceError, Exception), ReferenceError.__mro__)
