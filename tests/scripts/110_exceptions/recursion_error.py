# RecursionError caught with a small recursion limit; recovery afterwards.
import sys
sys.setrecursionlimit(100)
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached > 50:", depth > 50, "and < 100:", depth < 100)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(40))
print(isinstance(RecursionError(), RuntimeError))
