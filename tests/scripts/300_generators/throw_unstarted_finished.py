# throw() into a just-started or finished generator.
def gen():
    print("  body started")
    try:
        yield 1
    finally:
        print("  finally")


g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("unstarted throw:", type(e).__name__, e)
# The generator never ran and is now finished.
print(next(g, "done"))

g = gen()
print(next(g))
try:
    next(g)
except StopIteration:
    print("finished normally")
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("finished throw:", type(e).__name__, e)
print(next(g, "still done"))

# throw GeneratorExit into unstarted gen
g = gen()
try:
    g.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit propagated", type(e).__name__)

# throw StopIteration into a started gen: PEP 479 applies
g = gen()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# throw StopIteration into unstarted gen
g = gen()
try:
    g.throw(StopIteration("x"))
except RuntimeError as e:
    print(type(e).__name__, e)
except StopIteration as e:
    print("StopIteration", e)
