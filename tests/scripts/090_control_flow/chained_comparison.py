# Chained comparisons evaluate middle operands once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
x = 5
print(1 < x < 10, 10 > x > 1, 1 < x > 3, x == 5 == 5.0, 1 <= x <= 4)
print(1 < 2 > 1 < 2, "a" < "b" < "c" < "b")
print(1 < 2 in [2], (1 < 2) in [True], (1 < 2) == True)
a = [1, 2]
print(a == [1, 2] != [2, 1])
