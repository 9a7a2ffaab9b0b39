# The iterator protocol by hand: iter()/next() over built-in containers and exhaustion behaviour.
for container in [[1, 2], (3, 4), "ab", {"k": 1, "j": 2}, range(2), b"xy"]:
    it = iter(container)
    first = next(it)
    rest = list(it)
    print(type(container).__name__, type(it).__name__, first, rest, next(it, "exhausted"))
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skipping", next(it))
    else:
        print("loop got", x)
a, b = iter([10, 20])
print(a, b)
print(list(zip(*[iter(range(6))] * 2)))
