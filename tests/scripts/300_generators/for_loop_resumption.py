# Generators consumed by for loops (resumed directly by the loop): exceptions crossing
# the boundary, PEP 479, finally blocks, partial consumption, the handled-exception
# state, gi_running, and deep chains.
import sys


def count(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("count finally", n)


print([x for x in count(3)])
total = 0
for x in count(4):
    total += x
print("total", total)


def boom():
    yield 1
    raise KeyError("inside")


try:
    for x in boom():
        print("got", x)
except KeyError as e:
    print("caught", repr(e))


def stops():
    yield 1
    raise StopIteration("early")


try:
    for x in stops():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

g = count(5)
for x in g:
    if x == 2:
        break
print("after break", next(g), next(g))
print(list(g))


def running():
    yield gen_ref.gi_running
    try:
        next(gen_ref)
    except ValueError as e:
        yield str(e)


gen_ref = running()
print(list(gen_ref))


def exc_state():
    yield repr(sys.exc_info()[1])
    try:
        raise ValueError("in generator")
    except ValueError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


try:
    raise TypeError("outer")
except TypeError:
    for v in exc_state():
        print("exc_info:", v, "| outer still:", repr(sys.exc_info()[1]))


def chain(depth):
    if depth == 0:
        yield from range(3)
    else:
        for x in chain(depth - 1):
            yield x + 1


print(list(chain(50)))


def bad_inner():
    yield 1
    1 / 0


def middle():
    for x in bad_inner():
        yield x * 10


try:
    for v in middle():
        print("v", v)
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback entries", len(lines), lines[1:])


def returns_value():
    yield "a"
    return "ignored by for"


print(list(returns_value()))


def resumes_after_catch():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print("closing at", i)
            raise


r = resumes_after_catch()
for x in r:
    if x == 1:
        break
r.close()
print("closed")

sys.setrecursionlimit(200)


def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    else:
        yield "bottom"


try:
    print(list(deep(1000)))
except RecursionError as e:
    print("RecursionError", e)
