# slice objects: attributes, indices(), use on lists/strings/tuples, repr, equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4), slice(100, -100, -3).indices(7))
data = list(range(12))
print(data[s], "abcdefghijkl"[s], tuple(data)[s])
print(data[slice(None, 3)], data[slice(-2, None)], data[slice(None, None, -4)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...], q[:, None])
