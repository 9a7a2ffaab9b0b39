# range lengths beyond machine size: len() raises OverflowError, but indexing/membership still work.
r = range(2 ** 70)
try:
    len(r)
except OverflowError as e:
    print(type(e).__name__, e)
print(r[-1] == 2 ** 70 - 1, 2 ** 69 in r, r[2 ** 65], r.index(2 ** 66) == 2 ** 66)
print(r[::2 ** 68], list(r[::2 ** 68]))
print(range(-5, 5)[-1], range(10 ** 18)[10 ** 17])
print(len(range(0, 2 ** 40, 2 ** 20)))
