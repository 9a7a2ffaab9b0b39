# gi_yieldfrom is the object being delegated to, or None.
def inner():
    yield 1
    yield 2


def outer(sub):
    yield "own"
    yield from sub
    yield "own again"


sub = inner()
g = outer(sub)
print("unstarted:", g.gi_yieldfrom)
next(g)
print("at own yield:", g.gi_yieldfrom)
next(g)
print("delegating to sub:", g.gi_yieldfrom is sub)
print("sub's own yieldfrom:", sub.gi_yieldfrom)
next(g)
print("still:", g.gi_yieldfrom is sub)
next(g)
print("after:", g.gi_yieldfrom)
list(g)
print("finished:", g.gi_yieldfrom)

# Delegating to a non-generator iterator
lst_it = iter([10, 20])


def deleg():
    yield from lst_it


d = deleg()
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom is lst_it)
d.close()
print("closed:", d.gi_yieldfrom)


# Chain
def a():
    yield from b()


def b():
    yield from c()


def c():
    yield "c"


x = a()
next(x)
names = []
cur = x
while cur is not None:
    names.append(cur.__name__)
    cur = cur.gi_yieldfrom
print(" -> ".join(names))
