# itertools.starmap and itertools.pairwise.
from itertools import starmap, pairwise

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(max, ["ab", (1, 5, 2)])))
print(list(starmap(lambda *a: a, [(), (1,), (1, 2)])))
print(list(starmap(str.upper, [("a",), ("b",)])))


def src():
    for t in [(1, 2), (3, 4)]:
        print("  src", t)
        yield t


sm = starmap(lambda a, b: a * b, src())
print("created", type(sm).__name__)
print(next(sm))
print(list(sm))

sm = starmap(pow, [1, 2])
try:
    next(sm)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(starmap(pow, [(1,)]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    starmap(pow)
except TypeError as e:
    print(type(e).__name__, e)

print(list(pairwise("abcd")))
print(list(pairwise([1])), list(pairwise([])))
print(list(pairwise(range(5))))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])


def src2():
    for i in range(3):
        print("  src2", i)
        yield i


pw = pairwise(src2())
print("created", type(pw).__name__)
print(next(pw))
print(next(pw))
print(next(pw, "end"))
try:
    pairwise(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pairwise([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
