# itertools.islice with all its argument forms.
from itertools import islice, count

s = "abcdefghij"
print(list(islice(s, 3)))
print(list(islice(s, None)))
print(list(islice(s, 2, 5)))
print(list(islice(s, 2, None)))
print(list(islice(s, None, 4)))
print(list(islice(s, 1, 9, 3)))
print(list(islice(s, None, None, 2)))
print(list(islice(s, 0, None, None)))
print(list(islice(s, 5, 2)))
print(list(islice(s, 20)))
print(list(islice(s, 20, 30)))
print(list(islice(s, 0)))
print(list(islice(count(), 5, 15, 4)))


def src():
    for i in range(10):
        print("  src", i)
        yield i


# islice consumes only what it needs
it = src()
sl = islice(it, 2, 4)
print("created")
print(list(sl))
print("rest:", next(it))

# after finishing, islice stops pulling
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))

# islice with step consumes the skipped items lazily
it = iter(range(10))
sl = islice(it, 0, 9, 4)
print(next(sl), next(it), next(sl), next(it))

# islice is an iterator
sl = islice("abc", 2)
print(iter(sl) is sl, type(sl).__name__)

# stop reached exactly: the source is not advanced further
it = src()
print(list(islice(it, 1)))
print(next(it))

# index-like objects are accepted
class Idx:
    def __index__(self):
        return 2


print(list(islice(s, Idx())), list(islice(s, Idx(), None, Idx())))
