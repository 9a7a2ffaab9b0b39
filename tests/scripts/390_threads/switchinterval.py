# sys.getswitchinterval / setswitchinterval.
import sys

print(sys.getswitchinterval())
print(type(sys.getswitchinterval()).__name__)
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
sys.setswitchinterval(1)
print(sys.getswitchinterval())
sys.setswitchinterval(0.000001)
print(sys.getswitchinterval())

for bad in (0, -1, 0.0, -0.5):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print("unchanged:", sys.getswitchinterval())

for bad in ("x", None):
    try:
        sys.setswitchinterval(bad)
    except TypeError as e:
        print(repr(bad), "TypeError:", e)

try:
    sys.setswitchinterval()
except TypeError as e:
    print("TypeError:", e)

sys.setswitchinterval(0.005)
print(sys.getswitchinterval() == 0.005)
