# A deterministic seeded simulation: dice statistics, random walk, and shuffled deck.
import random
random.seed(31337)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(200)]
counts = {total: rolls.count(total) for total in range(2, 13)}
print(counts, sum(rolls))
pos, path = 0, []
for _ in range(20):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7], len(set(deck)))
print(round(sum(random.random() for _ in range(1000)), 6))
print(random.randrange(0, 1000, 7), random.sample(deck, 2), random.getrandbits(32))
