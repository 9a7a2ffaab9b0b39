# __bool__ is consulted by if/while/and/or/not/ternaries and comprehension filters.
class Counter:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        print("bool", self.n)
        return self.n > 0
c = Counter(2)
while c:
    c.n -= 1
x = Counter(0) or Counter(1)
print(type(x).__name__, x.n)
y = Counter(1) and Counter(0)
print(y.n)
print("yes" if Counter(5) else "no")
print(not Counter(0))
print([k.n for k in [Counter(0), Counter(3)] if k])
class Raiser:
    def __bool__(self):
        raise ValueError("no truth")
try:
    if Raiser():
        pass
except ValueError as e:
    print(type(e).__name__, e)
print(Raiser() is not None)
