# Errors of awaiting a busy coroutine, yield from a coroutine in a plain generator, and
# throw() not chaining the thrown exception to the one being handled.
def g():
    yield
gen = g(); next(gen)
try:
    raise KeyError("k")
except KeyError:
    try: gen.throw(ValueError("v"))
    except ValueError as e: print(repr(e.__context__))
class Y:
    def __await__(self): yield "y"
async def c(): await Y()
co = c(); co.send(None)
async def d(): await co
try: d().send(None)
except RuntimeError as e: print(e)
async def c2(): return 1
def g2(): return (yield from c2())
try: next(g2())
except TypeError as e: print(e)
