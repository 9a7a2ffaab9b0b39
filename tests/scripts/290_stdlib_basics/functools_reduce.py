# functools.reduce with and without initializer, and its error for empty sequences.
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]), reduce(operator.concat, ["a", "b", "c"]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(reduce(lambda a, b: a * 10 + b, (int(c) for c in "2024")))
steps = []
reduce(lambda a, b: steps.append((a, b)) or a + b, [1, 2, 3, 4], 100)
print(steps)
