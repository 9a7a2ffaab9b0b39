# set algebra: | & - ^ and their method forms, subset/superset, disjoint.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection([1, 3, 7]), a.difference(b, {1}), a.symmetric_difference([4, 6]))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {1, 9}.issubset(a), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({7, 8}))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
c = {1, 2}
c |= {3}
c &= {2, 3, 4}
c -= {9}
c ^= {3, 5}
print(c)
c.update([7], (8,))
c.intersection_update(range(7, 10))
print(sorted(c))
c.difference_update({7})
c.symmetric_difference_update({8, 1})
print(c)
