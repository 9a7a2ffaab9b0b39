# Bound methods: __self__, __func__, storing bound methods, methods looked up on class vs instance.
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n
        return self
a = Acc()
m = a.add
m(5)
m(10)
print(a.total, m.__self__ is a, m.__func__ is Acc.add, m.__name__, type(m).__name__)
print(a.add == a.add, a.add is a.add, Acc.add(a, 1).total)
a.add(1).add(2).add(3)
print(a.total)
fns = [Acc().add for _ in range(2)]
print(fns[0].__self__ is fns[1].__self__)
def external(self):
    return "external " + str(self.total)
Acc.ext = external
print(a.ext())
a.inst_fn = lambda: "instance-level function"
print(a.inst_fn())
try:
    Acc.add(5)
except TypeError as e:
    print(type(e).__name__, e)
