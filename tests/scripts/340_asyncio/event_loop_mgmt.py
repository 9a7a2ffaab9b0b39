# new_event_loop / set_event_loop / run_until_complete / close / "Event loop is closed".
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x * 2

loop = asyncio.new_event_loop()
print("running:", loop.is_running(), "closed:", loop.is_closed())
print(loop.run_until_complete(compute(21)))
print(loop.run_until_complete(compute("ab")))

# run_until_complete with a task and with a future
t = loop.create_task(compute(5))
print(loop.run_until_complete(t), t.done())
f = loop.create_future()
loop.call_soon(f.set_result, "future value")
print(loop.run_until_complete(f))

# exceptions propagate out of run_until_complete
async def fail():
    raise KeyError("rc")
try:
    loop.run_until_complete(fail())
except KeyError as e:
    print("KeyError", e)

# is_running inside
async def check():
    return asyncio.get_running_loop() is loop, loop.is_running()
print(loop.run_until_complete(check()))

loop.close()
print("closed:", loop.is_closed())
loop.close()  # closing twice is fine
c = compute(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    loop.create_future().set_result(1)
    print("create_future on closed loop works")
except RuntimeError as e:
    print(type(e).__name__, e)

# set_event_loop / get_event_loop
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print("get_event_loop is loop2:", asyncio.get_event_loop() is loop2)
print(loop2.run_until_complete(compute(100)))
asyncio.set_event_loop(None)
loop2.close()

# run_forever + stop
loop3 = asyncio.new_event_loop()
log = []
loop3.call_soon(log.append, 1)
loop3.call_soon(log.append, 2)
loop3.call_soon(loop3.stop)
loop3.call_soon(log.append, 3)
loop3.run_forever()
print("after first run_forever:", log)
loop3.call_soon(loop3.stop)
loop3.run_forever()
print("after second run_forever:", log)
loop3.close()
