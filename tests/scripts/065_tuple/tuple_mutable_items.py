# Tuples holding mutable items: the items can change; hashing fails; += quirk raises but mutates.
t = ([1], [2])
t[0].append(10)
print(t)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
u = (1, 2)
v = u
u += (3,)
print(u, v, u is v)
print({(1, 2): "a", (1, (2, 3)): "b"}[(1, (2, 3))])
