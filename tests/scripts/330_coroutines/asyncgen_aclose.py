# aclose(): finally blocks, GeneratorExit, closing unstarted / finished generators.
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

async def resource(name):
    print("  open", name)
    try:
        for i in range(10):
            yield f"{name}-{i}"
    finally:
        print("  close", name)

g = resource("A")
print(run(g.__anext__()))
print(run(g.__anext__()))
print("aclose ->", run(g.aclose()))
print("after aclose ->", run(g.__anext__()))
print("aclose again ->", run(g.aclose()))

g = resource("B")
print("unstarted aclose ->", run(g.aclose()))
print(run(g.__anext__()))

async def sees_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  GeneratorExit inside")
        raise
g = sees_exit()
run(g.__anext__())
print(run(g.aclose()))

async def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  returning on GeneratorExit")
        return
g = returns_on_exit()
run(g.__anext__())
print(run(g.aclose()))

async def raises_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")
g = raises_on_exit()
run(g.__anext__())
print(run(g.aclose()))

# aclose on an exhausted generator
async def short():
    yield "s"
g = short()
print(run(g.__anext__()), run(g.__anext__()), run(g.aclose()))

# break out of async for does not close the generator automatically
async def loop_and_break(gen):
    async for v in gen:
        print("  got", v)
        if v.endswith("1"):
            break
    return "broke"

g = resource("C")
print(run(loop_and_break(g)))
print("generator still open; next:", run(g.__anext__()))
print("explicit aclose:", run(g.aclose()))
print(type(g.aclose()).__name__)
