# random.Random instances, getstate/setstate, and seeding with various types.
import random
r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.randint(0, 9), r2.randint(0, 9))
state = r1.getstate()
a = [r1.random() for _ in range(2)]
r1.setstate(state)
b = [r1.random() for _ in range(2)]
print(a == b, a)
for seed in [0, 1, -1, 2 ** 70, "abc", b"abc", 3.5]:
    try:
        random.seed(seed)
        print(repr(seed), random.randint(0, 1000))
    except TypeError as e:
        print(type(e).__name__, e)
r = random.Random()
r.seed(99)
print(r.getrandbits(8), r.randrange(100), r.choice("xyz"))
