# A non-data descriptor that caches into the instance dict is consulted only once.
class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    def __init__(self, items):
        self.items = items
    @cached
    def total(self):
        return sum(self.items)
    @cached
    def biggest(self):
        return max(self.items)
d = Data([3, 9, 4])
print(d.total, d.total, d.biggest, d.biggest)
d.items.append(100)
print(d.total)
del d.total
print(d.total)
d.total = "overridden"
print(d.total, type(Data.total).__name__)
