# athrow(): throwing exceptions into async generators.
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("exhausted",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))

async def tolerant():
    i = 0
    while i < 5:
        try:
            yield i
        except ValueError as e:
            print("  caught", e)
            yield "recovered-" + str(e)
        i += 1

g = tolerant()
print(run(g.__anext__()))
print(run(g.athrow(ValueError("v1"))))
print(run(g.__anext__()))
print(run(g.athrow(KeyError("k"))))
print(run(g.__anext__()))

# athrow into an unstarted async generator
async def never_runs():
    print("  body ran!")
    yield 1
g = never_runs()
print(run(g.athrow(IndexError("early"))))
print(run(g.__anext__()))

# athrow where the generator finishes without yielding again
async def finishes():
    try:
        yield "only"
    except ZeroDivisionError:
        print("  zde handled, returning")

g = finishes()
print(run(g.__anext__()))
print(run(g.athrow(ZeroDivisionError)))

# athrow into an exhausted generator
print(run(g.athrow(ValueError("after"))))

# finally runs when thrown exception propagates
async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")

g = with_finally()
print(run(g.__anext__()))
print(run(g.athrow(RuntimeError("rt"))))
print(run(g.__anext__()))

# athrow with type and value
async def simple():
    yield 1
g = simple()
run(g.__anext__())
print(run(g.athrow(TypeError, TypeError("typed"))))
print(type(g.athrow(ValueError)).__name__)
