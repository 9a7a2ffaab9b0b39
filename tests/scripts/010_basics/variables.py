# Variable assignment, augmented assignment, chained assignment, del.
x = 5
y = x
x += 3
print(x, y)
a = b = c = 10
print(a, b, c)
n = 7
n -= 2; print(n)
n *= 4; print(n)
n //= 3; print(n)
n %= 4; print(n)
n **= 3; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 3; print(n)
f = 1.0
f /= 4
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
del s
try:
    print(s)
except NameError as e:
    print("NameError:", e)
