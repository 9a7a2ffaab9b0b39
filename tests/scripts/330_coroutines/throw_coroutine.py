# throw() into coroutines: caught inside, propagated, thrown into the awaited inner coroutine.
import types

@types.coroutine
def pause(tag):
    try:
        return (yield tag)
    except Exception as e:
        print("  pause saw", type(e).__name__, e)
        raise

async def resilient():
    results = []
    for i in range(3):
        try:
            v = await pause(i)
            results.append(("ok", v))
        except ValueError as e:
            results.append(("err", str(e)))
    return results

c = resilient()
print(c.send(None))
print(c.throw(ValueError("first")))
print(c.send("sent"))
try:
    c.throw(ValueError("last"))
except StopIteration as e:
    print("result", e.value)

# uncaught exception in throw propagates out of throw()
async def fragile():
    try:
        await pause("p")
    finally:
        print("  fragile finally")

c = fragile()
c.send(None)
try:
    c.throw(KeyError("nope"))
except KeyError as e:
    print("propagated", type(e).__name__, e)

# throw into an unstarted coroutine: raised at the very start, body never runs
async def never():
    print("body ran")
c = never()
try:
    c.throw(TypeError("early"))
except TypeError as e:
    print("unstarted:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("then:", e)

# throw with an exception class (single-arg form) and with a different exception raised back
async def translate():
    try:
        await pause("t")
    except ZeroDivisionError:
        raise OverflowError("translated")

c = translate()
c.send(None)
try:
    c.throw(ZeroDivisionError)
except OverflowError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__)

# throw after completion
async def quick():
    return 1
c = quick()
try:
    c.send(None)
except StopIteration:
    pass
try:
    c.throw(ValueError("late"))
except ValueError as e:
    print("late throw:", type(e).__name__, e)
except RuntimeError as e:
    print("late throw RuntimeError:", e)
