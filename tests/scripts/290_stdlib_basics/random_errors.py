# Error messages from random functions with bad arguments.
import random
random.seed(5)
tests = [
    lambda: random.randint(5, 1),
    lambda: random.randrange(0),
    lambda: random.randrange(1, 1),
    lambda: random.randrange(0, 10, 0),
    lambda: random.randint(1, "a"),
    lambda: random.getrandbits(-1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample([1, 2], -1),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(random.getrandbits(0), random.randrange(3, 4), random.randint(7, 7))
