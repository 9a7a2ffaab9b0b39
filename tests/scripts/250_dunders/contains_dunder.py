# `in` uses __contains__, then __iter__, then __getitem__; result coerced to bool.
class C:
    def __contains__(self, x):
        return x % 2
class I:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
class G:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(3 in C(), 4 in C(), 4 not in C())
print(2 in I(), 9 in I())
print(20 in G(), 25 in G())
class Nothing: pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __contains__(self, x):
        raise KeyError(x)
try:
    5 in Raises()
except KeyError as e:
    print(type(e).__name__, e)
