# Generators capture variables from enclosing scopes by reference.
def make_gens():
    gens = []
    for i in range(3):
        def g():
            yield i
        gens.append(g())
    return gens


print([next(g) for g in make_gens()])


def make_gens_bound():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i
        gens.append(g())
    return gens


print([next(g) for g in make_gens_bound()])


def counter():
    count = 0

    def gen():
        nonlocal count
        while True:
            count += 1
            yield count

    return gen(), lambda: count


g, peek = counter()
print(peek(), next(g), next(g), peek())

# arguments are bound when the generator is created
def args_gen(a, b=[]):
    b.append(a)
    yield list(b)


g1 = args_gen(1)
g2 = args_gen(2)
print(next(g2), next(g1))

# global names are looked up when the code runs
VALUE = "before"


def read_global():
    yield VALUE
    yield VALUE


rg = read_global()
print(next(rg))
VALUE = "after"
print(next(rg))

# a generator referring to itself through a closure
def self_ref():
    def inner():
        yield me.gi_running
    me = inner()
    return me


print(next(self_ref()))

# Generator arguments evaluated eagerly, body lazily
def noisy(x):
    print("  body sees", x)
    yield x


def arg(v):
    print("  evaluating arg", v)
    return v


n = noisy(arg(5))
print("created")
print(next(n))
