# set construction, add/remove/discard/pop, membership, len, small int set printing.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s)
s.add(4)
s.add(1)
print(s)
s.remove(4)
s.discard(99)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(set(), set([1, 1, 2]), set(range(5)), sorted(set("hello")))
e = {0}
print(e.pop(), e)
try:
    e.pop()
except KeyError as e2:
    print(type(e2).__name__, e2)
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == frozenset())
s.clear()
print(s, bool(s))
