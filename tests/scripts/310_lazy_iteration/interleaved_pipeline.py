# Lazy builtins chained together evaluate one item at a time, depth first.
import itertools


def log(tag):
    def inner(x):
        print(f"  {tag}({x})")
        return x
    return inner


def source(n):
    for i in range(n):
        print(f"  source -> {i}")
        yield i


pipe = map(log("square"), map(lambda x: x * x, filter(lambda x: x % 2 == 0, source(6))))
print("pipeline built")
for v in pipe:
    print("got", v)

print("zip of two maps:")
z = zip(map(log("L"), "ab"), map(log("R"), "xyz"))
print(list(z))

print("enumerate over filter:")
for i, v in enumerate(filter(str.isalpha, map(log("ch"), "a1b")), 1):
    print(i, v)

print("islice stops early:")
print(list(itertools.islice(map(log("m"), source(100)), 2)))

print("takewhile over map:")
print(list(itertools.takewhile(lambda x: x < 3, map(log("tw"), source(10)))))

print("sum of generator expression:")
print(sum(x for x in map(log("s"), range(3))))

print("nested generator expressions:")
inner = (log("inner")(x) for x in range(3))
outer = (log("outer")(y * 10) for y in inner)
print(next(outer))
print(list(outer))
