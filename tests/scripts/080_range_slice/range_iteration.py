# Iterating ranges: nested loops, range in comprehensions, range of big ints, iterator independence.
for i in range(3):
    for j in range(i):
        print((i, j), end=" ")
print()
r = range(3)
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2), list(it1), list(it2))
print([i * i for i in range(10, 0, -2)])
print(list(range(2 ** 64, 2 ** 64 + 3)))
print(list(range(-(2 ** 64), -(2 ** 64) + 6, 2)))
print(type(iter(range(3))).__name__, type(range(3)).__name__)
total = 0
for k in range(100, 0, -7):
    total += k
print(total)
