# iter() with a sentinel callable, next() with default, iter() over various types.
data = [3, 2, 1, 0, 5]
pos = -1
def step():
    global pos
    pos += 1
    return data[pos]
print(list(iter(step, 0)))
calls = iter(["a", "b", "stop", "c"])
print(list(iter(lambda: next(calls), "stop")))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
print(list(iter("ab")), list(iter({"k": 1})), list(iter((1,))), list(iter(range(2))))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
it2 = iter([1])
print(iter(it2) is it2)
