# List index errors, type errors and assignment out of range.
a = [1, 2, 3]
for op in [lambda: a[3], lambda: a[-4], lambda: a["0"], lambda: a[1.0]]:
    try:
        op()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a + (4,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].index(1)
except ValueError as e:
    print(type(e).__name__, e)
print(a[True], a[-1], a[2])
