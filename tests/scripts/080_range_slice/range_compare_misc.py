# range equality compares sequences, not parameters; ranges are immutable and hashable.
print(range(0) == range(2, 1), range(1, 2) == range(1, 3, 5), range(0, 6, 2) == range(0, 5, 2))
print(range(3) != [0, 1, 2], list(range(3)) == [0, 1, 2])
d = {range(3): "r"}
print(d[range(0, 3)])
try:
    range(3)[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
print(str(range(0, 5, 1)), repr(range(-1, 1)), range(5)[1:3])
print(range(10)[::-1][2:5], list(range(10)[-3:]))
