# TypeErrors from async with on objects that don't implement the protocol.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        print("ok", e.value)
    except Exception as e:
        print(type(e).__name__, "|", e)

async def use(cm):
    async with cm as x:
        print("  body", x)
    return "finished"

run(use(5))
run(use(object()))

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

run(use(SyncOnly()))

class NoExit:
    async def __aenter__(self):
        return 1

run(use(NoExit()))

class NoEnter:
    async def __aexit__(self, *a):
        pass

run(use(NoEnter()))

class EnterReturnsInt:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        print("  aexit called?")

run(use(EnterReturnsInt()))

class ExitReturnsInt:
    async def __aenter__(self):
        return "entered"
    def __aexit__(self, *a):
        return 0

run(use(ExitReturnsInt()))

class ExitReturnsIntOnError:
    async def __aenter__(self):
        return "entered"
    def __aexit__(self, *a):
        return True

async def use_err(cm):
    async with cm:
        raise ValueError("body")

run(use_err(ExitReturnsIntOnError()))

# sync with on an async context manager
class AsyncOnly:
    async def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

def sync_use():
    with AsyncOnly():
        pass
try:
    sync_use()
except (TypeError, AttributeError) as e:
    print(type(e).__name__, "|", e)
