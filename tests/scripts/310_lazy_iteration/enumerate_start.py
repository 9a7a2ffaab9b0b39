# enumerate() with a start value, and its laziness.
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)))
print(list(enumerate("abc", start=-2)))
print(list(enumerate("ab", 10**20)))
print(list(enumerate([], 5)))

e = enumerate(x * 2 for x in range(3))
print(type(e).__name__, iter(e) is e)
print(next(e))
print(list(e))


def src():
    for c in "xyz":
        print("  yielding", c)
        yield c


for i, c in enumerate(src(), 100):
    print(i, c)
    if i == 101:
        break

for args, kw in [((), {}), (([], "1"), {}), ((5,), {}), (([],), {"begin": 1}), (([], 1.5), {})]:
    try:
        enumerate(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)

# enumerate index keeps counting across partial consumption
e = enumerate("abcdef")
for i, c in e:
    if i == 2:
        break
print(list(e))

# enumerate with bool start and index types
print(list(enumerate("ab", True)))
print([type(i).__name__ for i, _ in enumerate("a", 2**70)])
d = dict(enumerate("hey"))
print(d)
