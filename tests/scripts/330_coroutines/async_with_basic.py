# async with on custom classes: call order and values.
import types

@types.coroutine
def pause(tag):
    yield tag

class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await pause("aenter-" + self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et, ev, tb)
        await pause("aexit-" + self.name)
        return False

def run(coro):
    try:
        while True:
            print("  yield:", coro.send(None))
    except StopIteration as e:
        return e.value

async def main():
    async with CM("a") as x:
        print("body with", x)
    async with CM("b") as y, CM("c") as z:
        print("body with", y, z)
    async with CM("d"):
        print("no as")
    return "done"

print(run(main()))

# __aenter__ return value is what 'as' gets, even self
class Self:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass

async def m2():
    s = Self()
    async with s as t:
        print("same object:", s is t)
    # return inside async with still calls __aexit__
    async with CM("ret"):
        return "returned"

print(run(m2()))

# break/continue inside async with within a loop
async def m3():
    for i in range(3):
        async with CM(str(i)):
            if i == 0:
                continue
            if i == 1:
                break
    return i
print(run(m3()))
