# Error cases of async generators: StopAsyncIteration/StopIteration inside, reuse, running.
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

async def raises_sai():
    yield 1
    raise StopAsyncIteration("inside")

g = raises_sai()
print(run(g.__anext__()))
print(run(g.__anext__()))
print(run(g.__anext__()))

async def raises_si():
    yield 1
    raise StopIteration("inside")

g = raises_si()
print(run(g.__anext__()))
print(run(g.__anext__()))

# cause chaining of the converted error
g = raises_sai()
run(g.__anext__())
try:
    aw = g.__anext__()
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)

# reusing an __anext__ awaitable after it completed
async def two():
    yield "a"
    yield "b"

g = two()
aw = g.__anext__()
print(run(aw))
print(run(aw))
aw = g.asend(None)
print(run(aw))
print(run(aw))

# reusing an athrow/aclose awaitable
g = two()
run(g.__anext__())
aw = g.aclose()
print(run(aw))
print(run(aw))

# an exception raised inside propagates through __anext__
async def bad():
    yield 1
    {}["missing"]
g = bad()
print(run(g.__anext__()))
print(run(g.__anext__()))
print(run(g.__anext__()))

# async generator object is not a plain iterator
try:
    next(two())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in two():
        pass
except TypeError as e:
    print(type(e).__name__, e)
