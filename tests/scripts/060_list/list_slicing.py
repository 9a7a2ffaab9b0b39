# List slicing read, slice assignment (grow/shrink), extended slices, and deletion.
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[5:1:-2], a[100:])
a[2:5] = ["x"]
print(a)
a[1:1] = [7, 7, 7]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
a[:] = "abc"
print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
b = [1, 2, 3]
b[len(b):] = [4, 5]
b[-1:] = []
print(b)
