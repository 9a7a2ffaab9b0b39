# Generator objects and the types module.
import types


def gen():
    yield 1


g = gen()
print(type(g) is types.GeneratorType)
print(isinstance(g, types.GeneratorType))
print(types.GeneratorType.__name__)
print(type(gen) is types.FunctionType)
print(isinstance(gen, types.GeneratorType))

# generator objects can't be created directly
try:
    types.GeneratorType()
except TypeError as e:
    print(type(e).__name__, e)

# generator functions are ordinary functions
print(gen.__name__, callable(gen), callable(g))

# generators are not sequences
for op in ["len", "index", "bool"]:
    try:
        if op == "len":
            len(g)
        elif op == "index":
            g[0]
        else:
            print("bool:", bool(g))
    except TypeError as e:
        print(type(e).__name__, e)

# generators compare by identity
g2 = gen()
print(g == g, g == g2, g != g2)
print(hash(g) == hash(g))

# attribute access on generators
try:
    g.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    g.missing
except AttributeError as e:
    print(type(e).__name__, e)

# generator methods are present on the type
for name in ["send", "throw", "close", "__next__", "__iter__"]:
    print(name, hasattr(types.GeneratorType, name))

# calling methods via the type
g3 = gen()
print(types.GeneratorType.__next__(g3))
print(types.GeneratorType.send(gen(), None))
print(type(g3).__iter__(g3) is g3)
