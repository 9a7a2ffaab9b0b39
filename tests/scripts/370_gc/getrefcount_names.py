# sys.getrefcount of objects held by names, containers and attributes (the argument adds 1).
import sys

class O:
    pass

o = O()
print("one name:", sys.getrefcount(o))
o2 = o
print("two names:", sys.getrefcount(o))
del o2
print("after del:", sys.getrefcount(o))

l = [o]
print("in a list:", sys.getrefcount(o))
l.append(o)
l.append(o)
print("three times in a list:", sys.getrefcount(o))
l.clear()
print("after clear:", sys.getrefcount(o))

t = (o, o)
print("twice in a tuple:", sys.getrefcount(o))
del t

d = {"a": o, "b": o}
print("dict values:", sys.getrefcount(o))
d = {o: 1}
print("dict key:", sys.getrefcount(o))
d = None

s = {o}
print("set:", sys.getrefcount(o))
s = None

holder = O()
holder.attr = o
print("attribute:", sys.getrefcount(o))
holder.other = o
print("two attributes:", sys.getrefcount(o))
del holder
print("holder gone:", sys.getrefcount(o))

class S:
    __slots__ = ("a", "b")

s = S()
s.a = o
print("slot:", sys.getrefcount(o))
del s

lst = []
print("fresh list:", sys.getrefcount(lst))
nested = [lst, [lst]]
print("nested lists:", sys.getrefcount(lst))
del nested
print("after del nested:", sys.getrefcount(lst))

print("temporary:", sys.getrefcount(O()))
print("temporary list:", sys.getrefcount([]))

cls_count = sys.getrefcount(O)
inst = O()
print("class gains one per instance:", sys.getrefcount(O) - cls_count)
del inst
print("back:", sys.getrefcount(O) - cls_count)

big = int("1" * 30)
print("big int:", sys.getrefcount(big))
word = "".join(["not", "interned", "string"])
print("built str:", sys.getrefcount(word))
items = [word] * 5
print("str repeated in list:", sys.getrefcount(word))
