# Builtin list methods do not call overridden dunders (extend ignores __setitem__, etc.).
class Watch(list):
    def __setitem__(self, i, v):
        print("setitem", i)
        super().__setitem__(i, v)
    def append(self, v):
        print("append", v)
        super().append(v)
    def __iter__(self):
        print("iter")
        return super().__iter__()
w = Watch()
w.append(1)
w.extend([2, 3])
w.insert(0, 0)
w += [4]
print(list.__repr__(w))
print(len(w), w[0], 3 in w)
total = 0
for x in w:
    total += x
print(total, sorted(w), list(w) == [0, 1, 2, 3, 4])
print(sum(w), max(w))
