# A generator that yields after GeneratorExit makes close() raise RuntimeError.
def stubborn():
    while True:
        try:
            cmd = yield "value"
        except GeneratorExit:
            print("  ignoring GeneratorExit")
            continue
        if cmd == "stop":
            return "stopped"


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# The generator is still suspended and usable.
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("again:", e)
try:
    g.send("stop")
except StopIteration as e:
    print("finished with", e.value)
print(g.close())


def yields_in_finally():
    try:
        yield 1
    finally:
        print("  finally yields")
        yield 2


g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# Resuming finishes the finally block, which re-raises the pending GeneratorExit.
try:
    next(g)
except GeneratorExit as e:
    print("resumed:", type(e).__name__, repr(e))
print(next(g, "finished"))


def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")


g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__)
print(next(g, "finished"))


def raises_stopiteration():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("odd")


g = raises_stopiteration()
next(g)
try:
    print("close ->", g.close())
except RuntimeError as e:
    print(type(e).__name__, e)
