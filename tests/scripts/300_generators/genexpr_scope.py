# Generator expressions: own scope, first iterable evaluated eagerly, other names late-bound.
def source(name, items):
    print("  evaluating iterable", name)
    return items


ge = (x for x in source("first", [1, 2, 3]))
print("genexpr created")
print(list(ge))

# only the outermost iterable is eager; inner ones are evaluated lazily
ge = (x + y for x in source("outer", [1, 2]) for y in source("inner", [10, 20]))
print("created nested")
print(next(ge))
print(list(ge))

# late binding of names used in the body / conditions
factor = 10
ge = (x * factor for x in range(3))
factor = 100
print(list(ge))

limit = 5
ge = (x for x in range(10) if x < limit)
limit = 2
print(list(ge))

# the outermost iterable is bound at creation
items = [1, 2, 3]
ge = (x for x in items)
items = [7, 8, 9]
print(list(ge))

# but it can still be mutated
items = [1, 2]
ge = (x for x in items)
items.append(3)
print(list(ge))

# loop variables do not leak
x = "outer x"
print(list(x for x in "ab"), x)

# errors in the outermost iterable are raised immediately
try:
    ge = (y for y in 42)
except TypeError as e:
    print("eager error:", type(e).__name__, e)

# errors in inner iterables are raised when iterating
ge = (y for x in [1] for y in x)
print("no error yet")
try:
    next(ge)
except TypeError as e:
    print("lazy error:", type(e).__name__, e)

# names referenced from a function scope
def make():
    base = 1
    g = (base + i for i in range(3))
    base = 50
    return g


print(list(make()))


# genexpr in a class body can't see class variables (except the first iterable)
class C:
    vals = [1, 2, 3]
    scale = 3
    firsts = list(v for v in vals)
    try:
        scaled = list(v * scale for v in vals)
    except NameError as e:
        print(type(e).__name__, e)


print(C.firsts)
