# Slice bounds clamping and negative steps for lists with many combinations.
a = list(range(6))
for start in (None, -8, -2, 0, 3, 8):
    row = []
    for stop in (None, -8, -2, 0, 3, 8):
        for step in (None, 1, -1, 2, -2):
            row.append("".join(map(str, a[start:stop:step])) or "_")
    print(start, " ".join(row))
s = "012345"
print(s[-100:100], s[100:-100:-1], s[-1:-100:-2], s[5:-7:-1], repr(s[3:3:-1]))
t = tuple(a)
print(t[::-3], t[1:-1:2], t[-2::-2], t[:None:None])
print(a[len(a):], a[-len(a)], a[~0], a[~1])
