# reversed() uses __reversed__, else __len__ + __getitem__; errors otherwise.
class Rev:
    def __reversed__(self):
        return iter("cba")
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        print("getitem", i)
        return i
print(list(reversed(Rev())), list(reversed(Seq())))
class OnlyIter:
    def __iter__(self): return iter([1, 2])
try:
    reversed(OnlyIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoneRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoneRev())
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed((4, 5))), "".join(reversed("xyz")))
print(list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
