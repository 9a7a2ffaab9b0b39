# Starred assignment targets in various positions; starred result is always a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (1, 2, 3)
print(everything)
head, *tail = "x"
print(head, tail, type(tail).__name__)
a, b, *c = {"k1": 1, "k2": 2, "k3": 3}
print(a, b, c)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
