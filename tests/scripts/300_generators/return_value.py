# return in a generator sets StopIteration.value.
def gen(x):
    yield 1
    return x


for val in [None, 0, "text", (1, 2), [3]]:
    g = gen(val)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)


def no_return():
    yield 1


g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("implicit:", e.value, e.args)


def bare_return():
    yield 1
    return


g = bare_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("bare:", e.value, e.args)


# for loops discard the return value
print(list(gen("discarded")))

# StopIteration constructed directly
e = StopIteration(5, 6)
print(e.value, e.args)
e = StopIteration()
print(e.value)


# A tuple return value is kept whole
def ret_tuple():
    yield
    return 1, 2


g = ret_tuple()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print(e.value, e.args)


# return value via yield from
def outer():
    v = yield from gen("inner value")
    print("  outer got", v)
    return v.upper()


o = outer()
print(next(o))
try:
    next(o)
except StopIteration as e:
    print("outer returned", e.value)


# Returning an exception instance is just a value
def ret_exc():
    return ValueError("not raised")
    yield


g = ret_exc()
try:
    next(g)
except StopIteration as e:
    print(type(e.value).__name__, e.value)
