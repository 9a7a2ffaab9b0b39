# Key functions are called once per element, in order, before any comparison; reverse=True
# reverses, sorts stably and reverses back, which shows in the comparison sequence.
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  K(%s) < K(%s)" % (self.v, other.v))
        return self.v < other.v

def key(x):
    print("  key(%r)" % (x,))
    return K(x % 10)

data = [23, 11, 35, 41, 12, 5]
print("sorted with key:")
print(sorted(data, key=key))
print("reverse=True with key:")
print(sorted(data, key=key, reverse=True))
print("list.sort(key=..., reverse=True):")
lst = list(data)
lst.sort(reverse=True, key=key)
print(lst)

class V:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        print("  %s%s < %s%s" % (self.v, self.tag, other.v, other.tag))
        return self.v < other.v
    def __repr__(self):
        return "%s%s" % (self.v, self.tag)

items = [V(2, "a"), V(1, "b"), V(2, "c"), V(3, "d"), V(1, "e")]
print("reverse=True:", sorted(items, reverse=True))
print("reverse=False:", sorted(items, reverse=False))
print("key=None:", sorted(items, key=None))
print("reverse=1:", sorted([3, 1, 2], reverse=1))
print("key=len:", sorted(["ccc", "a", "bb", "", "dd"], key=len))
print("key=str.lower:", sorted(["b", "A", "a", "B"], key=str.lower))
print("key=abs reverse:", sorted([-3, 1, -1, 2, 3], key=abs, reverse=True))
