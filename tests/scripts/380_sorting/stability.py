# Sorting is stable: equal keys keep their input order, also with reverse=True (which is
# not the same as reversing a forward sort).
records = [("bob", 3), ("ann", 1), ("cid", 3), ("dan", 2), ("eve", 1), ("fay", 3), ("gus", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(list(reversed(sorted(records, key=lambda r: r[1]))))
# Multi-pass sort: secondary key first, then primary.
by_name = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name, key=lambda r: r[1]))

class Eq:
    """All instances compare equal: the sort must not reorder anything."""
    def __init__(self, tag):
        self.tag = tag
    def __lt__(self, other):
        return False
    def __repr__(self):
        return self.tag

items = [Eq(c) for c in "abcdefghijklmnopqrstuvwxyz" * 3]
print("".join(map(repr, sorted(items))))
print("".join(map(repr, sorted(items, reverse=True))))

# Many duplicates in a long list: stability across merges and galloping.
n = 500
data = [((i * 7919) % 13, i) for i in range(n)]
out = sorted(data, key=lambda p: p[0])
print(all(out[i][0] < out[i + 1][0] or (out[i][0] == out[i + 1][0] and out[i][1] < out[i + 1][1])
          for i in range(n - 1)))
out = sorted(data, key=lambda p: p[0], reverse=True)
print(all(out[i][0] > out[i + 1][0] or (out[i][0] == out[i + 1][0] and out[i][1] < out[i + 1][1])
          for i in range(n - 1)))
print(out[:8])
# Equal floats and ints: 1 == 1.0 == True keep their order.
print(sorted([1.0, True, 1, 0, False, 0.0, 2]))
print(sorted([1.0, True, 1, 0, False, 0.0, 2], reverse=True))
