# Reusing exhausted coroutines and send() misuse.
async def one():
    return 1

def finish(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

c = one()
print(finish(c))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print("again:", type(e).__name__, e)

# awaiting an already finished coroutine
done = one()
finish(done)
async def waiter():
    return await done
try:
    waiter().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# awaiting the same coroutine twice inside one function
async def twice():
    x = one()
    a = await x
    print("first await", a)
    b = await x
    return b
try:
    twice().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# sending a non-None value to a just-started coroutine
c = one()
try:
    c.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(finish(c))

# closed before start: send raises RuntimeError
c = one()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("closed:", e)

# a coroutine that raised can't be resumed either
async def boom():
    raise KeyError("k")
c = boom()
try:
    c.send(None)
except KeyError as e:
    print("KeyError", e)
try:
    c.send(None)
except RuntimeError as e:
    print("after error:", e)
