# itertools.zip_longest pads the shorter iterables.
from itertools import zip_longest, count, islice

print(list(zip_longest("abc", [1, 2])))
print(list(zip_longest("abc", [1, 2], fillvalue="-")))
print(list(zip_longest("a", "bcd", "ef", fillvalue=0)))
print(list(zip_longest()))
print(list(zip_longest([])))
print(list(zip_longest("xy")))
print(list(zip_longest([], [], fillvalue=1)))


def src(name, n):
    for i in range(n):
        print("  ", name, i)
        yield f"{name}{i}"
    print("  ", name, "done")


z = zip_longest(src("a", 1), src("b", 3), fillvalue=None)
print("created")
print(list(z))

# infinite with finite stops when you stop
print(list(islice(zip_longest(count(), "ab"), 4)))

# fillvalue object is shared
fill = []
r = list(zip_longest([1, 2, 3], [4], fillvalue=fill))
print(r, r[1][1] is r[2][1] is fill)

try:
    zip_longest([1], foo=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip_longest([1], 2)
except TypeError as e:
    print(type(e).__name__, e)

# transposing a ragged matrix
rows = [[1, 2, 3], [4], [5, 6]]
print([list(col) for col in zip_longest(*rows, fillvalue=0)])
