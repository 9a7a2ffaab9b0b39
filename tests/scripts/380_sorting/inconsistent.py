# Inconsistent comparisons: the result depends on exactly which pairs timsort compares,
# so it pins the algorithm (run detection, binary insertion, merging, galloping).
class Always:
    def __init__(self, v, answer):
        self.v, self.answer = v, answer
    def __lt__(self, other):
        return self.answer
    def __repr__(self):
        return str(self.v)

print(sorted([Always(i, True) for i in range(10)]))
print(sorted([Always(i, False) for i in range(10)]))
print(sorted([Always(i, True) for i in range(100)]) == list(range(100)),
      [a.v for a in sorted([Always(i, True) for i in range(100)])][:20])

class Hashy:
    """a < b is a fixed pseudo-random function of the two ids."""
    def __init__(self, i):
        self.i = i
    def __lt__(self, other):
        return (self.i * 31 + other.i * 17) % 7 < 3
    def __repr__(self):
        return str(self.i)

for n in (5, 12, 64, 65, 200, 1000):
    out = [h.i for h in sorted(Hashy(i) for i in range(n))]
    print(n, out[:30], sum(i * x for i, x in enumerate(out)))

class Rock:
    """Rock-paper-scissors ordering (not transitive)."""
    beats = {"rock": "scissors", "scissors": "paper", "paper": "rock"}
    def __init__(self, name, i):
        self.name, self.i = name, i
    def __lt__(self, other):
        return self.beats[other.name] == self.name
    def __repr__(self):
        return "%s%d" % (self.name[0], self.i)

names = ["rock", "paper", "scissors"]
print(sorted(Rock(names[(i * 5) % 3], i) for i in range(20)))
print(sorted((Rock(names[(i * i) % 3], i) for i in range(20)), reverse=True))

# NaN makes float ordering inconsistent, with no Python code involved.
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([nan, 3.0, 1.0, nan, 2.0, 0.5]))
print(sorted([5, nan, 4, 3, nan, 2, 1]))
print(sorted([3.0, nan, 1.0, 2.0], reverse=True))
vals = [((i * 37) % 101) / 4 if i % 9 else nan for i in range(150)]
out = sorted(vals)
print([x for x in out[:25]])
print(sum(i * x for i, x in enumerate(out) if x == x))
