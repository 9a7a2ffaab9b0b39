# range with 1/2/3 args, negative steps, empty ranges, len, repr, list().
print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1))
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -3), range(0), range(5, 2), range(-3, 3), range(0, -5, -1)]:
    print(list(r), len(r))
print(list(range(-10, -20, -4)), range(3) == range(0, 3, 1), range(0) == range(5, 5))
try:
    range(0, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
