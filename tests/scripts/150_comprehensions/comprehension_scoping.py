# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y * i for i in range(3)], y)
class C:
    n = 3
    values = [i for i in range(n)]
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.values, C.err)
def f():
    k = 5
    return [k + i for i in range(3)], {i: k for i in range(2)}
print(f())
i = "unchanged"
_ = {i for i in range(4)}
_ = {i: i for i in range(4)}
_ = list(i for i in range(4))
print(i)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
