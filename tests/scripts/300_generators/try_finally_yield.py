# try/finally combined with yield.
def gen():
    try:
        yield "try"
    finally:
        print("  finally 1")
    try:
        yield "second try"
        return "done"
    finally:
        print("  finally 2")
        yield "in finally"


g = gen()
for v in g:
    print(v)


def override_return():
    try:
        yield 1
        return "from try"
    finally:
        return "from finally"


g = override_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)


def swallow():
    for i in range(3):
        try:
            yield i
            if i == 1:
                raise ValueError
        finally:
            print("  finally for", i)
            if i == 1:
                break
    yield "after loop"


print(list(swallow()))


def continue_in_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print("  cleanup", i)


g = continue_in_finally()
print(next(g), next(g))
g.close()


def order():
    try:
        try:
            yield "a"
            raise KeyError("x")
        except KeyError:
            print("  except")
            yield "b"
        else:
            print("  else")
        finally:
            print("  inner finally")
            yield "c"
    finally:
        print("  outer finally")


print(list(order()))


def else_branch():
    try:
        yield "body"
    except Exception:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"


print(list(else_branch()))
