# close() raises GeneratorExit at the paused yield and runs finally blocks.
def gen():
    try:
        print("  start")
        yield 1
        yield 2
    except GeneratorExit as e:
        print("  GeneratorExit:", type(e).__name__, repr(e.args))
        raise
    finally:
        print("  finally ran")


g = gen()
print(next(g))
print(g.close())
print(next(g, "closed"))
print(g.close())


def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


g = nested_finally()
next(g)
g.close()


def catch_and_return():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit, returning")
        return "ignored value"


g = catch_and_return()
next(g)
print("close returned", g.close())


# close() in the middle of a for loop
def squares():
    try:
        n = 0
        while True:
            yield n * n
            n += 1
    finally:
        print("  squares cleanup")


sq = squares()
for v in sq:
    print(v)
    if v >= 9:
        sq.close()
print("loop ended")

# GeneratorExit is a BaseException, not an Exception
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))


def catch_exception():
    try:
        yield 1
    except Exception:
        print("  not reached")
    finally:
        print("  finally only")


g = catch_exception()
next(g)
g.close()
