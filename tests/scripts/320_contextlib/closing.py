# contextlib.closing calls close() on exit.
from contextlib import closing


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def read(self):
        return f"data from {self.name}"

    def close(self):
        print("  closing", self.name)
        self.closed = True


with closing(Resource("r1")) as r:
    print(type(r).__name__, r.read())
print("closed:", r.closed)

try:
    with closing(Resource("r2")) as r:
        raise ValueError("while reading")
except ValueError as e:
    print("propagated:", e, "closed:", r.closed)


# closing works with generators
def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("  generator finalized")


with closing(numbers()) as gen:
    for n in gen:
        if n == 2:
            break
    print("  leaving with")
print("after with")


class NoClose:
    pass


try:
    with closing(NoClose()):
        print("body runs")
except AttributeError as e:
    print(type(e).__name__, e)

c = closing(Resource("manual"))
print(c.__enter__().name)
print(c.__exit__(None, None, None))

# exceptions are not suppressed even if close() returns something truthy
class TruthyClose(Resource):
    def close(self):
        super().close()
        return True


try:
    with closing(TruthyClose("t")):
        raise KeyError("still raised")
except KeyError as e:
    print("KeyError", e)
