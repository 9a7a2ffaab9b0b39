# An uncaught exception thrown through a yield from chain.
def leaf():
    yield "leaf"
    raise LookupError("deep failure")


def middle():
    yield from leaf()


def top():
    yield from middle()


g = top()
print(next(g))
next(g)
