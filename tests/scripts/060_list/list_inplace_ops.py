# In-place list operations: +=, *=, extend with iterables, and multiplication of nested lists.
a = [1, 2]
a += (3, 4)
a += "ab"
a += range(2)
print(a)
b = [0, 1]
b *= 3
print(b)
b *= 0
print(b)
c = [1]
c.extend({7: 0, 8: 0})
c.extend(x * 10 for x in range(3))
print(c)
try:
    a = [1] + "x"
except TypeError as e:
    print(type(e).__name__, e)
n = [[0]] * 2
n[0] += [1]
print(n)
