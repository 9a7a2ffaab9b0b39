# itertools.product: cartesian product, with repeat.
from itertools import product

print(list(product("ab", [1, 2])))
print(list(product("ab", repeat=2)))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "x", repeat=2)))
print(list(product()))
print(list(product([])))
print(list(product("ab", [])))
print(list(product("ab", repeat=0)))
print(len(list(product(range(4), range(5), range(2)))))


def src(name, items):
    print("  consuming", name)
    return iter(items)


# product consumes all its inputs up front
p = product(src("a", [1, 2]), src("b", "xy"))
print("created")
print(next(p))
print(list(p))

# inputs are materialized so generators can be used
gen = (x for x in range(2))
print(list(product(gen, gen)))

try:
    product("ab", repeat=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    product(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    product("a", foo=2)
except TypeError as e:
    print(type(e).__name__, e)

# nested-loop equivalence
a = [(x, y) for x in range(3) for y in "pq"]
print(a == list(product(range(3), "pq")))
print(["".join(t) for t in product("01", repeat=2)])
