# deque as a sliding window, mutation during iteration error, and comparisons.
from collections import deque
def windows(seq, n):
    w = deque(maxlen=n)
    for x in seq:
        w.append(x)
        if len(w) == n:
            yield tuple(w)
print(list(windows(range(6), 3)))
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
d = deque(range(10))
d.rotate(3)
print(d[0], d[-1], list(d)[:4], d.index(0), bool(deque()), len(deque("hello")))
d.reverse()
print(d)
try:
    d.maxlen = 3
except AttributeError as e:
    print(type(e).__name__, e)
