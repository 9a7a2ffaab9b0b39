# Infinite generators consumed partially: naturals, fibonacci, cycle, with manual limits.
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, naturals()), take(12, fib()))
def cycle(seq):
    while True:
        for x in seq:
            yield x
print(take(7, cycle("ab")))
f = fib()
for _ in range(50):
    v = next(f)
print(v)
print(next(x for x in naturals() if x * x > 200))
