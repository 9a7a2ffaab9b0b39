# Comparisons among ints, big ints, floats, bools, and sorting of mixed numbers.
print(2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), 1 == 1.0, 1 < 1.5 < 2)
print(sorted([3, -1, 2.5, True, 0, 10 ** 20, -2.5]))
print(max(1, 2.0), min(1, 1.0), max(1.0, 1))
print(0 == -0, 0 == 0.0 == -0.0)
five = 5
print(five != 5.0, five is not None)
print(1 < 2 == 2 > 1)
print(float("nan") == float("nan"), 1 < float("nan"), 1 > float("nan"))
