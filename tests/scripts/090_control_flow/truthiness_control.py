# Truthiness in control flow with user classes defining __bool__ and __len__.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v
class L:
    def __len__(self):
        return 0
if B(True):
    print("B(True) is truthy")
if not B(False):
    print("B(False) is falsy")
print(bool(L()), "L falsy" if not L() else "L truthy")
x = B(False) or "fallback"
print(x)
while B(False):
    pass
print([type(i).__name__ for i in [L(), B(True)] if i])
class Bad:
    def __bool__(self):
        return 1
try:
    if Bad():
        pass
except TypeError as e:
    print(type(e).__name__, e)
