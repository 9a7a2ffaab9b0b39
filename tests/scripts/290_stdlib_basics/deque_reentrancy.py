# deque under hostile use: self-containing, a raising or mutating __eq__, iterators
# over a cleared deque, a 100000-deep chain of deques freed, and finalizers that
# append while clear() releases the items.
from collections import deque
import sys
d = deque()
d.append(d)
print(repr(d), d == d, d in d)
x = deque([1,2,3])
try: x * (10**19)
except (MemoryError, OverflowError) as e: print(type(e).__name__)
class Bad:
    def __eq__(s, o): raise ValueError("boom")
try: deque([Bad()]).count(1)
except ValueError as e: print("ValueError", e)
class Clr:
    def __eq__(s, o):
        q.clear(); return False
q = deque([Clr(), 1, 2])
try: q.remove(5)
except (RuntimeError, IndexError) as e: print(type(e).__name__, e)
q = deque(range(5))
it = iter(q)
q.clear()
try: next(it)
except (RuntimeError, IndexError) as e: print(type(e).__name__, e)
nested = deque()
cur = nested
for i in range(100000):
    n = deque(); cur.append(n); cur = n
del nested, cur, n
print("deep freed")
class D:
    def __del__(self): dq.append(1)
dq = deque([D() for _ in range(3)])
dq.clear()
print(len(dq))
