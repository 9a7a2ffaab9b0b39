# Float // and % across mixed operands and the divmod identity.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.3, 0.1), (1e10, 3.3), (-1e-10, 1.0), (5, 2.5)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, type(q).__name__)
print(-1e-20 % 1.0)
print(1.0 % float("inf"), -1.0 % float("inf"))
print(float("inf") // 1.0, float("inf") % 1.0)
print(6.0 // 4, 6 // 4.0, -6.0 // 4)
print(2.5 % 0.5, 2.6 % 0.5)
