# Generator basics: lazy bodies, next(), for loops, exhaustion.
def counter(n):
    print("  start counter", n)
    i = 0
    while i < n:
        print("  about to yield", i)
        yield i
        print("  resumed after", i)
        i += 1
    print("  counter done")


g = counter(3)
print("created; body not run yet")
print(type(g).__name__)
print(iter(g) is g)
print("next ->", next(g))
print("next ->", next(g))
for v in g:
    print("for got", v)
print("after loop")
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)

print(list(counter(2)))
print(sum(counter(4)))


def empty():
    return
    yield


print(list(empty()))
e = empty()
print(next(e, "default"))


def only_yield():
    x = yield
    print("  got", x)


o = only_yield()
print(next(o))
try:
    next(o)
except StopIteration:
    print("stopped")

# Two generators from the same function are independent.
a, b = counter(2), counter(2)
print(next(a), next(a), next(b))
print(list(a), list(b))
print(hasattr(g, "__next__"), hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(len(list(counter(0))))
