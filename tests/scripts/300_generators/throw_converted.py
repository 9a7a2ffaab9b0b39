# A generator can turn a thrown exception into another one; context is recorded.
def converter():
    try:
        yield 1
    except ValueError as e:
        raise KeyError("converted") from e


g = converter()
next(g)
try:
    g.throw(ValueError("orig"))
except KeyError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)


def implicit():
    try:
        yield 1
    except ValueError:
        raise IndexError("while handling")


g = implicit()
next(g)
try:
    g.throw(ValueError("first"))
except IndexError as e:
    print(type(e).__name__, e)
    print("cause:", e.__cause__)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("suppress:", e.__suppress_context__)


def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "recovered"


g = returns_on_throw()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)


def yields_on_throw():
    try:
        yield 1
    except ValueError as e:
        yield "saw " + str(e)
        yield "more"


g = yields_on_throw()
next(g)
print(g.throw(ValueError("v")))
print(list(g))
