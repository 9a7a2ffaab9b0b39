# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def explicit():
    yield 1
    raise StopIteration("inside")


g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
print(next(g, "finished"))


def via_next():
    it = iter([1, 2])
    while True:
        yield next(it)


try:
    print(list(via_next()))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)


def caught_inside():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "clean"
        yield v


print(list(caught_inside()))


# Subclasses of StopIteration are converted too.
class MyStop(StopIteration):
    pass


def sub():
    yield 0
    raise MyStop


try:
    list(sub())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


# Other exceptions are not converted.
def other():
    yield 0
    raise LookupError("kept")


try:
    list(other())
except LookupError as e:
    print(type(e).__name__, e)


# StopIteration in a generator expression's iterable is also converted
def bad_iter():
    yield 1
    raise StopIteration


try:
    print(list(x for x in bad_iter()))
except RuntimeError as e:
    print("genexpr:", e)

# A normal iterator raising StopIteration is fine.
class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(list(x for x in It()))
