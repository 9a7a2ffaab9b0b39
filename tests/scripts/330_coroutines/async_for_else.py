# async for ... else: else runs only when the loop wasn't broken out of.
async def agen(n):
    for i in range(n):
        yield i

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

async def search(n, target):
    async for x in agen(n):
        if x == target:
            print("  found", x)
            break
    else:
        print("  not found", target)
        return None
    return x

print(run(search(5, 3)))
print(run(search(5, 9)))
print(run(search(0, 0)))

async def else_with_continue():
    seen = []
    async for x in agen(4):
        if x % 2:
            continue
        seen.append(x)
    else:
        seen.append("else")
    return seen

print(run(else_with_continue()))

async def nested_break():
    log = []
    async for a in agen(3):
        async for b in agen(3):
            if b == a:
                break
            log.append((a, b))
        else:
            log.append(("inner-else", a))
    else:
        log.append("outer-else")
    return log

print(run(nested_break()))

async def else_raises():
    async for x in agen(2):
        pass
    else:
        raise ValueError("from else, x=%d" % x)

try:
    run(else_raises())
except ValueError as e:
    print(type(e).__name__, e)

# return inside async for body skips else
async def early():
    async for x in agen(3):
        return "returned at %d" % x
    else:
        return "else"
print(run(early()))

# loop variable retains last value after the loop
async def last():
    x = "unset"
    async for x in agen(4):
        pass
    return x
print(run(last()))
