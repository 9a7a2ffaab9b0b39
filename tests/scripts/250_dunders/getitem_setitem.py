# __getitem__/__setitem__/__delitem__ receive ints, slices and tuples of keys.
class Recorder:
    def __getitem__(self, k):
        return ("get", k)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
r = Recorder()
print(r[1], r["a"], r[1:2], r[::2], r[1, 2], r[1:2, 3], r[...], r[:, None])
r[0] = "x"
r[1:3] = [1, 2]
r[1, 2] = 3
del r[5]
del r[::-1]
s = r[1:2:3][1]
print(s.start, s.stop, s.step, type(s).__name__)
class ReadOnly:
    def __getitem__(self, k): return k
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
