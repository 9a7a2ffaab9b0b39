# Errors raised inside comprehensions propagate; partially built results are discarded.
def inv(x):
    return 1 / x
try:
    result = [inv(x) for x in [1, 2, 0, 4]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    [x for x in 5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
print([x for x in []], {x for x in ()}, {k: k for k in ""})
