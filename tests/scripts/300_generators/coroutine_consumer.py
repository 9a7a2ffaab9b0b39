# Generators as coroutine-style consumers, primed with next().
import functools


def coroutine(func):
    @functools.wraps(func)
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start


@coroutine
def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, "closing")


p = printer(">>")
print(printer.__name__)
p.send("hello")
p.send("world")
p.close()


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def counter_sink(results):
    while True:
        item = yield
        results[item] = results.get(item, 0) + 1


results = {}
sink = counter_sink(results)
g = grep("py", sink)
for line in ["python", "ruby", "pypy", "perl", "python"]:
    g.send(line)
print(results)


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


a, b = printer("A:"), printer("B:")
bc = broadcast([a, b])
bc.send(1)
bc.send("two")
a.close()
b.close()


# Unprimed coroutine fails on send
def raw():
    while True:
        x = yield
        print("raw", x)


r = raw()
try:
    r.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
r.send(None)
r.send("now fine")
