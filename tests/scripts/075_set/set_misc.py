# Set copy, comparison with lists, set of tuples, len of unions, min/max/sum on sets.
a = {1, 2, 3}
b = a.copy()
b.add(4)
print(a, b, a is not b)
print({1, 2} == [1, 2], set([1, 2]) == {1, 2})
edges = {(1, 2), (2, 3), (1, 2)}
print(sorted(edges), len(edges))
print(len(set(range(100)) | set(range(50, 150))), sum({1, 2, 3}), max({4, 9, 2}))
print(set("abc") - set("b") == {"a", "c"})
print(sorted(set([3, 1]) ^ set([1, 4])))
print(set.union(*[{1}, {2}, {3}]), set.intersection(*[{1, 2}, {2, 3}]))
print(frozenset([1]) < {1, 2}, {1} in [{1}], {1} == frozenset({1}))
