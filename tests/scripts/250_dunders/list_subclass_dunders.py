# Overriding __setitem__/__getitem__ on a list subclass; builtin methods bypass overrides.
class Logged(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
    def __len__(self):
        return 100
l = Logged([1, 2, 3])
print(l[0], l[-1:])
l[1] = 20
l[0:1] = [9]
print(list(l), len(l), bool(Logged()))
print([x for x in l], sum(l), sorted(l))
print(l.pop(), l.index(20))
