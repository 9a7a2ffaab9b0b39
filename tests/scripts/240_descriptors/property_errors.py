# Exact AttributeError messages for read-only, no-deleter and unreadable properties.
class A:
    @property
    def ro(self):
        return 1
    wo = property(None, lambda self, v: None)
    nodel = property(lambda self: 2, lambda self, v: None)
a = A()
try:
    a.ro = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.ro
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.wo
except AttributeError as e:
    print(type(e).__name__, e)
a.wo = 1
try:
    del a.nodel
except AttributeError as e:
    print(type(e).__name__, e)
anon = property()
class B:
    x = anon
try:
    B().x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    B().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    @property
    def broken(self):
        return self.nonexistent
try:
    C().broken
except AttributeError as e:
    print(type(e).__name__, e)
