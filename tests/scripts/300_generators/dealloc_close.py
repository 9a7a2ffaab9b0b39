# A suspended generator is closed when it is deallocated: its finally runs.
def gen(name):
    try:
        print("  ", name, "yielding")
        yield 1
        yield 2
    finally:
        print("  ", name, "finally")


g = gen("a")
next(g)
print("before del")
del g
print("after del")

# Rebinding the only reference closes it too.
g = gen("b")
next(g)
g = None
print("after rebind")

# An unstarted generator has nothing to clean up.
g = gen("c")
del g
print("after del unstarted")


# Breaking out of a for loop over a temporary generator
def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("  numbers cleanup")


for n in numbers():
    if n == 2:
        break
print("after break")


# Generator referenced from a list
gens = [gen("x"), gen("y")]
for item in gens:
    next(item)
del item
print("clearing list")
gens.clear()
print("list cleared")


# GeneratorExit is seen on dealloc
def watcher():
    try:
        yield
    except GeneratorExit:
        print("  watcher got GeneratorExit")
        raise


w = watcher()
next(w)
del w


def in_function():
    local = gen("local")
    next(local)
    print("  leaving function")


in_function()
print("returned")
