# Tuples: creation, single-element comma, indexing, slicing, concatenation, immutability.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, 2 in t)
print((), (1,), 1, (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
x = 1, 2
print(x, type(x).__name__)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__, e)
print(t.count(2), t.index(3))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) < (1, 3), () < (0,))
