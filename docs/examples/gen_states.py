# A generator object owns a suspended frame: its locals and its place in the code.
import inspect


def countdown(n):
    print("  frame starts, n =", n)
    while n > 0:
        # Inside the frame the generator is running: gi_running is True.
        print("  running:", inspect.getgeneratorstate(g), g.gi_running)
        yield n
        n -= 1
    print("  frame returns")


g = countdown(2)  # the call runs nothing yet: it only builds the generator
print(type(g).__name__, inspect.getgeneratorstate(g), g.gi_frame.f_lineno)
print("next ->", next(g))
# Suspended: the frame is parked in the generator, stopped at the yield on line 10.
print(inspect.getgeneratorstate(g), g.gi_suspended, g.gi_frame.f_lineno)
print("next ->", next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(inspect.getgeneratorstate(g), g.gi_frame)


def reenter():
    yield next(r)  # a generator cannot resume itself while it runs


r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
