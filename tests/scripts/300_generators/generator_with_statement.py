# with statements inside generators: __exit__ runs on exhaustion, close and exceptions.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("  exit", self.name, et.__name__ if et else None)
        return False


def reader(name):
    with CM(name) as n:
        yield n + ":1"
        yield n + ":2"
    print("  after with", name)


print(list(reader("full")))

g = reader("closed")
print(next(g))
g.close()

g = reader("thrown")
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)

g = reader("deleted")
next(g)
del g
print("deleted")


class Suppressing(CM):
    def __exit__(self, et, ev, tb):
        super().__exit__(et, ev, tb)
        return et is ValueError


def suppressed():
    with Suppressing("sup"):
        yield 1
        yield 2
    yield "after suppressed"


g = suppressed()
next(g)
print(g.throw(ValueError))
print(list(g))

# GeneratorExit is not suppressed by returning True only for ValueError
g = suppressed()
next(g)
g.close()
print("closed suppressed")


def multi():
    with CM("a") as a, CM("b") as b:
        yield a + b


print(list(multi()))
