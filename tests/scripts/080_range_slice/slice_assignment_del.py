# Slice assignment and deletion on bytearray and list with extended slices and steps.
ba = bytearray(b"0123456789")
ba[::2] = b"abcde"
print(ba)
ba[1:9:3] = b"XYZ"
print(ba)
del ba[::4]
print(ba)
ba[2:2] = b"--"
print(ba)
lst = list(range(8))
lst[::-2] = "WXYZ"
print(lst)
lst[-1:-4:-1] = [0, 0, 0]
print(lst)
del lst[::-3]
print(lst)
try:
    lst[::-1] = [1]
except ValueError as e:
    print(type(e).__name__, e)
