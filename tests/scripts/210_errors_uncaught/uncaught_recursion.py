# An uncaught RecursionError with a small recursion limit, after normal output.
import sys
sys.setrecursionlimit(60)
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(10))
def forever(n):
    return forever(n + 1)
print("about to recurse forever")
forever(0)
print("unreachable")
