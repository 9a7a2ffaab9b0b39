# Infinite generators consumed with itertools.islice and friends.
from itertools import islice, takewhile, count


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(islice(fib(), 15)))
print(list(islice(fib(), 100, 102)))
print(list(takewhile(lambda x: x < 100, fib())))


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(islice(primes(), 20)))
p = primes()
print(next(p), next(p), next(p))
print(list(islice(p, 3)))
print(next(p))


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


print(list(collatz(27))[:10], len(list(collatz(27))))


def cycle_gen(seq):
    while True:
        for x in seq:
            yield x


print(list(islice(cycle_gen("abc"), 8)))


def naturals():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("  naturals finalized at", n)


n = naturals()
print(list(islice(n, 5)))
print(next(n))
n.close()

evens = (x for x in count() if x % 2 == 0)
print(next(evens), next(evens), list(islice(evens, 3)))
squares = map(lambda x: x * x, count(1))
print(list(islice(squares, 5)))
