# The 4300-digit limit for int<->str conversion in decimal (errors caught and printed).
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
too_big = 10 ** 4300
try:
    str(too_big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 1000)
print(len(hex(too_big)) > 3000)
print(too_big % 97)
print(int("f" * 5000, 16) % 1000)
try:
    print(f"{too_big}")
except ValueError as e:
    print(type(e).__name__, e)
