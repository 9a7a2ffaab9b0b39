# random with a fixed seed reproduces CPython's exact Mersenne Twister sequence.
import random
random.seed(42)
print([random.random() for _ in range(3)])
random.seed(42)
print(random.random())
random.seed(0)
print([random.randint(1, 100) for _ in range(10)])
random.seed(1)
print([random.randrange(10) for _ in range(8)], random.randrange(5, 50, 5), random.randrange(-3, 3))
random.seed(2)
print(random.uniform(1, 2), random.uniform(10, -10), random.getrandbits(16), random.getrandbits(100))
