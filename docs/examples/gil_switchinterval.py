# sys.setswitchinterval: how long a thread waiting for the GIL waits before it asks.
import sys

print(sys.getswitchinterval())  # 5 ms, CPython's default since 3.2
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-9)  # stored in whole microseconds: reads back as 0.0
print(sys.getswitchinterval())
for bad in (0, -1):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("5ms")
except TypeError as e:
    print("TypeError:", e)
