# list subclasses: extra methods, repr, isinstance, and result types of operations.
class MyList(list):
    def sum(self):
        return sum(self)
m = MyList([3, 1, 2])
print(m, repr(m), m.sum(), len(m), isinstance(m, list), type(m).__name__)
print(type(m + [4]).__name__, type(m * 2).__name__, type(m[:]).__name__, type(m.copy()).__name__)
m.sort()
m.append(10)
print(m, type(m).__name__, m == [1, 2, 3, 10], m[1:3])
m2 = m
m2 += [5]
print(type(m2).__name__, m2 is m)
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return self.name + super().__repr__()
n = Named("nums", [1, 2])
print(n, [n], sorted(n, reverse=True), list(reversed(n)))
print(MyList("abc"), MyList(), bool(MyList()))
