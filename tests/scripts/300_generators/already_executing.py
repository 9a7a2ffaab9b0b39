# A running generator cannot be re-entered.
def gen():
    try:
        next(me)
    except ValueError as e:
        print("  inside:", type(e).__name__, e)
    yield "after next"
    try:
        me.send(None)
    except ValueError as e:
        print("  inside send:", e)
    yield "after send"
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("  inside throw:", e)
    yield "after throw"
    try:
        me.close()
    except ValueError as e:
        print("  inside close:", e)
    yield "after close"


me = gen()
for v in me:
    print(v)


def recursive_list():
    yield 1
    print("  list(self) ->", end=" ")
    try:
        list(me2)
    except ValueError as e:
        print(type(e).__name__, e)
    yield 2


me2 = recursive_list()
print(list(me2))


# The generator is still usable after the failed re-entry.
def count():
    n = 0
    while True:
        if n == 1:
            try:
                next(c)
            except ValueError as e:
                print("  ", e)
        yield n
        n += 1


c = count()
print(next(c), next(c), next(c))
