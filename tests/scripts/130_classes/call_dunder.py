# __call__ makes instances callable; callable objects as decorators and key functions.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(4), list(map(triple, [1, 2])), callable(triple))
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls)
class ByLength:
    def __call__(self, s):
        return len(s)
print(sorted(["ccc", "a", "bb"], key=ByLength()))
