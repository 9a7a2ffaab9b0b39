# Summing floats: sum() start values, accumulation order, mean computation.
data = [0.1] * 10
print(sum(data), sum(data, 0.0), sum(data, 1))
print(sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, -1e100]))
print(sum([0.5, 0.25, 0.125]))
vals = [2.5, 3.5, 1.0, 4.0]
mean = sum(vals) / len(vals)
var = sum((v - mean) ** 2 for v in vals) / len(vals)
print(mean, var, var ** 0.5)
print(sum([1, 2.0, True]), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
print(sum(range(5), 0.5))
acc = 0.0
for i in range(1, 11):
    acc += 1 / i
print(acc)
print(sum([-0.0]), sum([-0.0], -0.0))
