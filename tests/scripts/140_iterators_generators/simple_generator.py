# Simple generators: yield values, used with next(), for, list(), and exhaustion.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
for v in count_up(3):
    print("v", v)
def letters():
    yield "a"
    yield "b"
    return
    yield "never"
print(list(letters()), "".join(letters()))
g2 = count_up(2)
print(iter(g2) is g2, list(g2), list(g2))
