# An uncaught exception raised inside a generator: the traceback shows the generator frame.
def parse(items):
    for item in items:
        yield int(item)


def total(items):
    s = 0
    for v in parse(items):
        print("adding", v)
        s += v
    return s


print(total(["1", "2"]))
print(total(["3", "oops", "4"]))
