# close() raises GeneratorExit at the yield; so does freeing an unfinished generator.
import sys


def worker(name):
    try:
        yield 1
        yield 2
    finally:
        print(f"  {name}: finally runs")


g = worker("a")
next(g)
g.close()  # GeneratorExit at the first yield; the finally block runs
print("closed a:", g.gi_frame)
g.close()  # closing a finished generator does nothing

worker("b").close()  # never started: no frame to run, the finally does not run
print("b closed without running")

g = worker("c")
next(g)
del g  # last reference gone: the generator is closed before it is freed
print("after del c")


def stubborn():
    try:
        yield
    except GeneratorExit:
        print("  stubborn: ignoring GeneratorExit")
    yield  # suspends again instead of finishing


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
del g  # closing it again succeeds: GeneratorExit at the second yield is not caught


# Each generator has its own "exception being handled", saved across its yields.
def handler():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]  # still KeyError: restored on resumption


h = handler()
print(repr(next(h)), repr(sys.exc_info()[1]))  # the caller handles nothing
try:
    raise ValueError("outer")
except ValueError:
    print(repr(next(h)), repr(sys.exc_info()[1]))
