# reversed() on sequences, ranges and objects with __reversed__.
print(list(reversed([1, 2, 3])))
print(list(reversed((1, 2, 3))))
print("".join(reversed("hello")))
print(list(reversed(range(0, 10, 3))))
print(list(reversed(range(5, 0, -2))))
print(list(reversed({"a": 1, "b": 2, "c": 3})))
print(list(reversed({"a": 1, "b": 2}.items())))
print(list(reversed({"a": 1, "b": 2}.values())))
print(list(reversed(b"abc")))
print(type(reversed([])).__name__, type(reversed(range(3))).__name__, type(reversed("ab")).__name__)


class Seq:
    def __len__(self):
        print("  __len__")
        return 3

    def __getitem__(self, i):
        print("  __getitem__", i)
        return "abc"[i]


r = reversed(Seq())
print("created")
print(next(r))
for item in r:
    print(item)


class Custom:
    def __reversed__(self):
        print("  __reversed__ called")
        return iter(["z", "y"])


print(list(reversed(Custom())))


class NotReversible:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


for obj in [NotReversible(), {1, 2}, 5, iter([1]), (x for x in [])]:
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)

# reversed of a list sees later shrinking
lst = [1, 2, 3, 4]
r = reversed(lst)
print(next(r))
lst.pop()
lst.pop()
print(list(r))

# reversed is an iterator
r = reversed([1, 2])
print(iter(r) is r, list(r), list(r))
