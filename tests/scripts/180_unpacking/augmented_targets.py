# Augmented assignment targets: subscripts, attributes, and evaluation counts of the target.
calls = []
def idx(i):
    calls.append(i)
    return i
lst = [1, 2, 3]
lst[idx(1)] += 10
print(lst, calls)
class O:
    def __init__(self):
        self.v = 1
o = O()
o.v *= 5
o.v -= 1
print(o.v)
d = {"k": [1]}
d["k"] += [2]
d["n"] = d.get("n", 0) + 1
print(d)
s = "ab"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
x = 7
x //= 2
x **= 3
x %= 10
print(x)
