# More exact sequences: randint ranges, choices with weights/k, and triangular/gauss values.
import random
random.seed(2024)
print([random.randint(-5, 5) for _ in range(12)])
print(random.choices("abc", k=5), random.choices("abc", weights=[10, 1, 1], k=5))
print(random.choices(range(3), cum_weights=[1, 2, 10], k=4))
print(round(random.triangular(0, 10), 10), round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10))
print(round(random.expovariate(1.5), 10), round(random.betavariate(2, 3), 10))
random.seed(10)
deck = list(range(1, 11))
hands = [sorted(random.sample(deck, 3)) for _ in range(3)]
print(hands)
