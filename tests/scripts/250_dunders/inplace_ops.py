# In-place dunders (__iadd__ etc.) mutate and return self; fall back to __add__ when absent.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return Acc(self.v * o)
    def __ior__(self, o):
        return "ior returned a string"
a = Acc(1)
orig = a
a += 5
a -= 2
print(a.v, a is orig)
a *= 3
print(a.v, a is orig)
a |= 1
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
ob = b
b += 1
print(b.v, b is ob)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
ta = t
t += (2,)
print(t, ta)
try:
    lst2 = [1]
    lst2 = lst2 + (2,)
except TypeError as e:
    print(type(e).__name__, e)
x = 5
try:
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
