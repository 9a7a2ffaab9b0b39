# gcd (Euclid, recursive and iterative), lcm, extended Euclid, and reducing fractions.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def gcd_rec(a, b):
    return abs(a) if b == 0 else gcd_rec(b, a % b)
def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
pairs = [(12, 18), (17, 5), (0, 9), (100, 75), (2 ** 40, 6 ** 20), (-24, 36)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_rec(a, b), lcm(a, b), ext_gcd(a, b))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print("lcm(1..20) =", acc)
def reduce_frac(n, d):
    g = gcd(n, d)
    return n // g, d // g
print(reduce_frac(84, 126), reduce_frac(1071, 462))
