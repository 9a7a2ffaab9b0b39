# random.choice, shuffle, sample with seeds: exact CPython results.
import random
random.seed(123)
items = list("abcdefgh")
print([random.choice(items) for _ in range(6)])
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample("xyz", 3))
random.seed(123)
print(random.choice(["only"]), random.choice(range(1000)))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
nums = list(range(10))
random.seed("string seed")
random.shuffle(nums)
print(nums)
