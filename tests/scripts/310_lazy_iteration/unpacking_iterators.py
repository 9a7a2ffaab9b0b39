# Unpacking pulls items from any iterator.
def src(n):
    for i in range(n):
        print("  yield", i)
        yield i


a, b, c = src(3)
print(a, b, c)

first, *rest = src(4)
print(first, rest)

*init, last = src(3)
print(init, last)

head, *mid, tail = "abcde"
print(head, mid, tail)

for n, target in [(1, 2), (4, 2)]:
    try:
        x, y = src(n)
    except ValueError as e:
        print(type(e).__name__, e)

try:
    x, y, *z = src(1)
except ValueError as e:
    print(type(e).__name__, e)

try:
    p, q = 5
except TypeError as e:
    print(type(e).__name__, e)

# star expressions in calls and literals
print(*src(2), sep="|")
print([*src(2), *"ab"])
print((*range(3),), {*range(2)}, {**dict(a=1), "b": 2})

# nested unpacking
(a, b), c = "xy", "z"
print(a, b, c)
for i, (ch, n) in enumerate(zip("ab", range(2))):
    print(i, ch, n)

# unpacking a dict yields keys
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)

# too many values message mentions the expected count
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = range(2)
except ValueError as e:
    print(type(e).__name__, e)
