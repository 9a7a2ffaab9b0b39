# A first ferropy script: classes, generators, exceptions and formatting.
class Greeter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Greeter({self.name!r})"

    def greet(self, times=1):
        for i in range(times):
            yield f"{i + 1}. Hello, {self.name}!"


g = Greeter("world")
print(g)
for line in g.greet(3):
    print(line)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e)
print(sum(x * x for x in range(10)), sorted({3, 1, 2}), 2 ** 100)
