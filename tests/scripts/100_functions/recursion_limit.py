# Deep-ish recursion within the default limit and counting calls.
import sys
calls = 0
def down(n):
    global calls
    calls += 1
    if n == 0:
        return 0
    return 1 + down(n - 1)
print(down(500), calls)
def sum_list(lst):
    if not lst:
        return 0
    return lst[0] + sum_list(lst[1:])
print(sum_list(list(range(300))))
sys.setrecursionlimit(120)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(down(50))
