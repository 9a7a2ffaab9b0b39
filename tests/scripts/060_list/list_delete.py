# del on list elements/slices, removing during iteration pitfalls done safely.
a = list(range(10))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
b = [1, 2, 2, 3, 2, 4]
b = [x for x in b if x != 2]
print(b)
c = [1, 2, 3, 4, 5, 6]
for x in c[:]:
    if x % 2 == 0:
        c.remove(x)
print(c)
d = [1, 2, 3, 4]
for x in d:
    d.remove(x)
print(d)
e = [5, 6]
del e[:]
print(e)
