# Float division, floor division, modulo with signs, divmod, and division by zero.
print(7.0 / 2, 7.0 // 2, 7.0 % 2)
print(-7.0 / 2, -7.0 // 2, -7.0 % 2)
print(7.0 // -2, 7.0 % -2, -7.0 // -2, -7.0 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(5.5 % 1, -5.5 % 1, 1e300 % 3.0)
print(0.0 % 5, -0.0 % 5, 0.0 % -5)
print(3 % 0.7, 10 // 0.1, 10 % 0.1)
print(1 / 3 * 3, 2 / 0.5)
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0), (1.0, 0)]:
    for op in ("/", "//", "%"):
        try:
            if op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            else:
                r = a % b
            print(r)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
