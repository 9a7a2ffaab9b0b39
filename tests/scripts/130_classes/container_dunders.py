# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__ on a custom container.
class Bag:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return sum(self.items.values())
    def __getitem__(self, key):
        return self.items.get(key, 0)
    def __setitem__(self, key, value):
        self.items[key] = value
    def __delitem__(self, key):
        del self.items[key]
    def __contains__(self, key):
        return self.items.get(key, 0) > 0
    def __iter__(self):
        for k, n in self.items.items():
            for _ in range(n):
                yield k
b = Bag()
b["apple"] = 2
b["pear"] = 1
print(len(b), b["apple"], b["kiwi"], "pear" in b, "kiwi" in b, list(b))
del b["apple"]
print(len(b), list(b), sorted(b), bool(b))
try:
    del b["none"]
except KeyError as e:
    print(type(e).__name__, e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(OnlyGetitem()), 9 in OnlyGetitem(), 5 in OnlyGetitem())
