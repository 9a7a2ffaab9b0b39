# sum with start, sorted with key/reverse, reversed on sequences and __reversed__.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum(range(101)), sum(x * x for x in range(4)), sum([1, 2], start=100))
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({"b": 1, "a": 2}))
print(sorted([-3, 2, -1], key=abs), sorted(["b", "A", "c"], key=str.lower, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a"], "")
except TypeError as e:
    print(type(e).__name__, e)
