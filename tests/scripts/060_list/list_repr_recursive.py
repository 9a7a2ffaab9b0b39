# repr of lists containing themselves and other recursive structures.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"self": None}
d["self"] = d
print(d)
b = [a, a]
print(b)
c = []
c.append([c])
print(c)
print(str([[], [[]], [[], []]]))
