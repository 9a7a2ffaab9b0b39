# A coroutine is a generator-like object driven with send(); no event loop needed.
class Request:
    """An awaitable: __await__ returns an iterator whose yields reach the driver."""

    def __init__(self, what):
        self.what = what

    def __await__(self):
        reply = yield self.what  # suspends every frame up to whoever called send()
        return reply


async def fetch(key):
    value = await Request(f"need {key}")
    return value.upper()


async def main():
    a = await fetch("a")  # awaiting a coroutine: its frame runs inside our SEND loop
    b = await fetch("b")
    return a + b


coro = main()
print(type(coro).__name__, coro.cr_await)
request = coro.send(None)  # runs main -> fetch -> Request.__await__ to the yield
print("driver got:", request, "| main awaits", coro.cr_await.__qualname__)
request = coro.send("x")  # the reply resumes Request.__await__, fetch returns "X"
print("driver got:", request)
try:
    coro.send("y")
except StopIteration as e:
    print("main returned", e.value)  # a coroutine returns through StopIteration
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# coroutine.__await__() gives an iterator over the coroutine: a coroutine_wrapper.
wrapper = fetch("c").__await__()
print(type(wrapper).__name__, next(wrapper))
try:
    wrapper.send("z")
except StopIteration as e:
    print("StopIteration", e.value)


async def bad():
    await 42  # GET_AWAITABLE finds no __await__


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
