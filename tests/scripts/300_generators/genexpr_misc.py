# Generator expression details.
import types

ge = (i * i for i in range(4))
print(type(ge).__name__, isinstance(ge, types.GeneratorType))
print(ge.__name__, ge.gi_code.co_name)
print(next(ge), next(ge))
print(list(ge), list(ge))

# sole argument needs no extra parentheses
print(sum(x for x in range(5)))
print(max((x % 3, x) for x in range(7)))
print("-".join(str(x) for x in [3, 1, 2]))
print(sorted((c for c in "hello"), reverse=True))
print(tuple(x for x in "xyz"))
print(dict((k, v) for k, v in zip("ab", [1, 2])))
print(set(x % 3 for x in range(10)) == {0, 1, 2})

# send / throw / close work on generator expressions
ge = (x for x in range(3))
print(next(ge))
print(ge.send(None))
try:
    ge.send(5)
    print("send value ignored ok")
except TypeError as e:
    print(type(e).__name__, e)
ge.close()
print(list(ge))

ge = (x for x in range(3))
try:
    ge.throw(ValueError("into genexpr"))
except ValueError as e:
    print("throw:", e)

# filters and nested loops
print(list((x, y) for x in range(3) for y in range(x) if (x + y) % 2))
print(list(x for x in range(20) if x % 2 if x % 3))

# any/all short-circuit on generator expressions
def check(x):
    print("  check", x)
    return x > 1


print(any(check(x) for x in [0, 1, 2, 3]))
print(all(check(x) for x in [5, 0, 9]))

# a generator expression with a walrus binding the enclosing scope
total = 0
print(list((total := total + x) for x in [1, 2, 3]), total)

# genexpr with yield-free lambda inside
fns = list((lambda: i) for i in range(3))
print([f() for f in fns])
fns = list((lambda i=i: i) for i in range(3))
print([f() for f in fns])
