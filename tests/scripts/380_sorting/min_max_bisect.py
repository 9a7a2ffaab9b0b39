# Which __lt__ calls min, max, bisect, insort and heapq make, and on which operand.
import bisect
import heapq

class V:
    def __init__(self, v, tag=""):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        print("  %r < %r" % (self, other))
        return self.v < (other.v if isinstance(other, V) else other)
    def __repr__(self):
        return "%s%s" % (self.v, self.tag)

vals = [V(3, "a"), V(1, "b"), V(4, "c"), V(1, "d"), V(5, "e")]
print("min:", min(vals))
print("max:", max(vals))
print("min args:", min(V(2, "x"), V(2, "y"), V(1, "z")))
print("max args:", max(V(2, "x"), V(2, "y"), V(1, "z")))
print("min key:", min(vals, key=lambda v: -v.v))
print("max default:", max([], default="none"))

srt = [V(1, "a"), V(2, "b"), V(2, "c"), V(4, "d"), V(6, "e")]
print("bisect_left:", bisect.bisect_left(srt, V(2, "k")))
print("bisect_right:", bisect.bisect_right(srt, V(2, "k")))
print("bisect key:", bisect.bisect(srt, 5, key=lambda v: v.v))
lst = list(srt)
bisect.insort(lst, V(3, "new"))
print("insort:", lst)

h = []
for v in [V(5, "a"), V(3, "b"), V(4, "c"), V(1, "d")]:
    heapq.heappush(h, v)
print("heap:", h)
print("pop:", heapq.heappop(h), h)
