# An exception from __lt__ stops the sort at once and propagates; CPython leaves the list
# in whatever partially sorted order it had reached (reversed back for reverse=True).
class Boom(Exception):
    pass

class V:
    calls = 0
    limit = None
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        V.calls += 1
        if V.calls == V.limit:
            raise Boom("compare #%d: %r < %r" % (V.calls, self, other))
        return self.v < other.v
    def __repr__(self):
        return str(self.v)

def attempt(values, limit, **kw):
    V.calls, V.limit = 0, limit
    lst = [V(v) for v in values]
    try:
        lst.sort(**kw)
        print("sorted fine after %d compares:" % V.calls, lst)
    except Boom as e:
        print("Boom:", e, "->", lst)

data = [5, 9, 1, 7, 3, 8, 2, 6, 4, 0]
for limit in (1, 2, 5, 10, 15, 19, 100):
    attempt(data, limit)
for limit in (3, 12, 18):
    attempt(data, limit, reverse=True)

# A longer list that fails inside a merge: the merge's temp storage is copied back.
big = [(i * 37) % 100 for i in range(100)]
for limit in (150, 400, 470, 520, 539):
    V.calls, V.limit = 0, limit
    lst = [V(v) for v in big]
    try:
        lst.sort()
    except Boom as e:
        print(limit, "Boom:", e)
        print(lst)
print(V.calls)

# With a key function, values move along with their keys.
V.calls, V.limit = 0, 6
lst = list("jihgfedcba")
try:
    lst.sort(key=lambda c: V(ord(c) % 5))
except Boom as e:
    print("key Boom:", e, lst)

# sorted() never touches its argument.
V.calls, V.limit = 0, 4
src = [V(v) for v in data]
try:
    sorted(src)
except Boom as e:
    print("sorted Boom:", e, src)

# A failing key function: nothing was compared or moved.
def bad_key(x):
    if x == 7:
        raise ValueError("no key for 7")
    return -x
lst = [3, 1, 7, 2]
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("key error:", e, lst)
