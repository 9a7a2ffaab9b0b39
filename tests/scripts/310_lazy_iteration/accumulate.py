# itertools.accumulate with default addition, custom functions, and initial.
from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], min)))
print(list(accumulate("abc")))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate([])))
print(list(accumulate([], initial=10)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([1, 2, 3], operator.sub, initial=0)))
print(list(accumulate([1, 2, 3], initial=None)))
print(list(accumulate([5], func=lambda a, b: a * 10 + b)))
print(list(accumulate([1, 2, 3], lambda acc, x: acc * 10 + x)))


def src():
    for x in [1, 2, 3]:
        print("  src", x)
        yield x


acc = accumulate(src(), lambda a, b: print("  combine", a, b) or a + b)
print("created")
print(next(acc))
print(next(acc))
print(list(acc))

# amortization-style example
balance = accumulate([100, -20, -30, 50], lambda bal, delta: round(bal * 1.1 + delta, 2))
print(list(balance))

try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    accumulate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    accumulate()
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(accumulate([1, 2], 5))
except TypeError as e:
    print(type(e).__name__, e)
