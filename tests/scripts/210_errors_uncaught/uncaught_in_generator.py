# An exception escaping from a generator while being consumed by a for loop.
def numbers():
    yield 1
    yield 2
    raise RuntimeError("generator failed")
    yield 3
for n in numbers():
    print("got", n)
print("unreachable")
x = [n for n in range(3)]
print(x)
y = sum(x)
print(y)
