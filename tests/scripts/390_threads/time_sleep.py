# time.sleep argument handling.
import time

print(time.sleep(0))
print(time.sleep(0.0))
print(time.sleep(False))
print(time.sleep(0.001))

for arg in (-1, -0.5, "x", None, [1], 1j):
    try:
        time.sleep(arg)
        print(repr(arg), "ok")
    except Exception as e:
        print(repr(arg), "->", type(e).__name__ + ":", e)

try:
    time.sleep()
except TypeError as e:
    print("TypeError:", e)

try:
    time.sleep(1e300)
except OverflowError as e:
    print("OverflowError:", e)

# an object with only __float__ is rejected (CPython 3.11 wants float or an integer)
class F:
    def __float__(self):
        return 0.001
try:
    time.sleep(F())
    print("__float__ ok")
except TypeError as e:
    print("__float__ TypeError:", e)

class I:
    def __index__(self):
        return 0
try:
    time.sleep(I())
    print("__index__ ok")
except TypeError as e:
    print("__index__ TypeError:", e)

# sleep duration is at least what was asked for
start = time.monotonic()
time.sleep(0.03)
print("slept enough:", time.monotonic() - start >= 0.025)
