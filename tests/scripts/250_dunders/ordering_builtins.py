# sorted/min/max/list.sort use only __lt__; missing ordering gives TypeError messages.
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self): return "L%d" % self.v
items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(items), min(items), max(items), sorted(items, reverse=True))
items.sort()
print(items)
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self): return "G%d" % self.v
print(sorted([OnlyGt(2), OnlyGt(1)]))
class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
