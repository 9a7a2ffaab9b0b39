# itertools.chain and chain.from_iterable are lazy over their inputs.
from itertools import chain, islice


def src(name, n):
    print("  start", name)
    for i in range(n):
        yield f"{name}{i}"
    print("  end", name)


c = chain(src("a", 2), src("b", 1), [], "xy")
print("created", type(c).__name__)
print(next(c))
print(list(c))

print(list(chain()))
print(list(chain([1], (2,), {3: "k"}, range(4, 6))))


def inputs():
    for name in "pq":
        print("  producing iterable", name)
        yield src(name, 2)


fi = chain.from_iterable(inputs())
print("from_iterable created")
print(next(fi))
print(list(fi))

print(list(chain.from_iterable(["ab", "cd"])))
print(list(chain.from_iterable([[1, 2], [], [3]])))
print(list(islice(chain.from_iterable(repeat_me for repeat_me in iter(lambda: [0, 1], None)), 5)))

# errors appear lazily, when the bad item is reached
c = chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
c = chain.from_iterable([[1], 2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chain.from_iterable(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chain(foo=1)
except TypeError as e:
    print(type(e).__name__, e)

# flatten one level
nested = [[1, 2], [3], [4, 5, 6]]
print(list(chain(*nested)), sum(chain.from_iterable(nested)))
