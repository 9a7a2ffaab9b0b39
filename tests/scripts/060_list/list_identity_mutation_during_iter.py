# Appending while iterating over a list with a guard; list.sort during iteration is safe on a copy.
a = [1, 2, 3]
for x in a:
    if x < 3 and len(a) < 6:
        a.append(x * 10)
print(a)
b = [3, 1, 2]
seen = []
for x in sorted(b):
    b.append(x)
    seen.append(x)
print(seen, b)
try:
    c = [1, 2, 3]
    c.sort(key=lambda v: c.append(v) or v)
except ValueError as e:
    print(type(e).__name__, e)
i = 0
d = [0, 1, 2, 3]
while i < len(d):
    if d[i] % 2:
        d.pop(i)
    else:
        i += 1
print(d)
