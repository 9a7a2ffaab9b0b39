# iter(callable, sentinel) calls until the sentinel value is returned.
values = [3, 1, 4, 0, 5, 9]


def reader():
    v = values.pop(0)
    print("  read", v)
    return v


it = iter(reader, 0)
print(type(it).__name__)
print("created, nothing read yet")
print(list(it))
print("remaining", values)
print(list(it))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


print(list(iter(Counter(), 5)))

# the sentinel is compared with ==
print(list(iter(iter([1, 2, 2.0, 3]).__next__, 2)))

# StopIteration from the callable ends the iteration too
src = iter("ab")
print(list(iter(src.__next__, "never")))

# errors
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter([1, 2], 0)
except TypeError as e:
    print(type(e).__name__, e)


def boom():
    raise KeyError("inside callable")


try:
    list(iter(boom, None))
except KeyError as e:
    print(type(e).__name__, e)

# a done callable iterator stays done
data = [1, None, 2]
it = iter(lambda: data.pop(0), None)
print(list(it), data)
print(next(it, "done"), data)
