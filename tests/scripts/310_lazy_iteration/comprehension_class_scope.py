# Comprehensions in a class body: only the first iterable sees class variables.
class A:
    items = [1, 2, 3]
    factor = 10
    first_only = [x for x in items]
    try:
        scaled = [x * factor for x in items]
    except NameError as e:
        print("list comp:", type(e).__name__, e)
    try:
        pairs = [(x, y) for x in items for y in items]
    except NameError as e:
        print("second iterable:", type(e).__name__, e)
    try:
        d = {k: factor for k in items}
    except NameError as e:
        print("dict comp:", type(e).__name__, e)
    try:
        s = {x for x in items if x > factor}
    except NameError as e:
        print("set comp:", type(e).__name__, e)
    # a lambda default captures the class variable
    scaled2 = (lambda f=factor, items=items: [x * f for x in items])()
    # the outermost iterable can use class variables in an expression
    sliced = [x for x in items[:factor // 5]]


print(A.first_only, A.scaled2, A.sliced)
print(hasattr(A, "x"))

factor = "global factor"


class B:
    factor = "class factor"
    got = [factor for _ in range(1)]


print(B.got)


# methods see class variables only through self/the class
class C:
    base = 5

    def values(self):
        return [self.base + i for i in range(3)]

    nested = [[j for j in range(i)] for i in range(3)]


print(C().values(), C.nested)


def outer():
    local = "function local"

    class D:
        local = "class local"
        seen = [local for _ in range(1)]

    return D.seen


print(outer())
