# Iterator class with __iter__/__next__ used by for, list(), and manual next().
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for x in Countdown(3):
    print(x, end=" ")
print()
c = Countdown(2)
print(next(c), next(c), next(c, "empty"), list(c))
class Repeat:
    def __init__(self, values):
        self.values = values
    def __iter__(self):
        return iter(self.values)
r = Repeat([1, 2])
print(list(r), list(r), sum(r), max(r))
print(dict(zip(Countdown(3), "abc")))
