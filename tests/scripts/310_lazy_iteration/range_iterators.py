# range objects are lazy sequences; their iterators are independent.
r = range(3, 20, 4)
print(r, len(r), list(r))
print(r[0], r[-1], r[1:3], 7 in r, 8 in r)
it1 = iter(r)
it2 = iter(r)
print(type(it1).__name__)
print(next(it1), next(it1), next(it2))
print(list(it1), list(it2), list(it1))

big = range(10**18)
print(len(big), big[-1], 10**17 in big)
it = iter(big)
print(next(it), next(it))
print(big.index(12345), range(0, 100, 7).count(14))

print(list(range(0)), list(range(5, 2)), list(range(5, 2, -1)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[3]
except IndexError as e:
    print(type(e).__name__, e)

# iterating a range many times re-creates nothing
count = 0
for i in r:
    for j in r:
        count += 1
print(count)

# range equality is by sequence
print(range(0) == range(2, 2), range(0, 3) == range(0, 4, 2), range(0, 5, 2) == range(0, 6, 2))

# a range iterator keeps going after the range variable is rebound
r2 = range(3)
it = iter(r2)
r2 = range(100)
print(list(it))

import operator
it = iter(range(10))
print(operator.length_hint(it))
next(it)
print(operator.length_hint(it))
