# range indexing, slicing (returns range), membership, index/count, reversed, attributes.
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], list(r[::-1]))
print(10 in r, 11 in r, 3.0 in r, "x" in r, r.index(15), r.count(7), r.count(8))
print(r.start, r.stop, r.step, len(r))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
big = range(0, 10 ** 18, 3)
print(len(big), big[-1], 3 * 10 ** 17 in big, (3 * 10 ** 17 + 2) in big)
print(hash(range(3)) == hash(range(0, 3)), range(0, 3, 2) == range(0, 4, 2))
print(bool(range(0)), bool(range(1)), sum(range(1, 101)), max(range(7)))
