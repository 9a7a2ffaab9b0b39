# Aliasing and copying: shallow copies share nested lists; += mutates in place, + rebinds.
a = [[1, 2], [3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0].append(99)
a.append([4])
print(a, b, c, d, e, sep="\n")
x = [1]
y = x
x += [2]
print(x, y, x is y)
x = x + [3]
print(x, y, x is y)
t = [0] * 3
t[0] += 5
print(t)
def modify(lst):
    lst.append("mod")
    lst = ["rebound"]
    return lst
orig = ["o"]
print(modify(orig), orig)
