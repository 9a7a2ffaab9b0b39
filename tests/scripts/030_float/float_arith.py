# Float arithmetic quirks: accumulated error, negative zero, pow, abs.
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
print(-0.0, 0.0 == -0.0, 1 / float("inf"), -1 / float("inf"))
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1)
print(2.0 ** 0.5, 2.0 ** -1, 10.0 ** 2, (-8.0) ** 2, 4 ** 0.5, 0.0 ** 0.0)
print(abs(-2.5), abs(-0.0), -(2.5), +(-2.5))
print(1e308 + 1e308, -1e308 - 1e308)
print(5e-324 / 2, 5e-324 * 0.6)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__)
print(type((-8.0) ** (1 / 3)).__name__)
print(3.0 * 2, 3 * 2.0, 7.0 - 7, 1.5 + True)
