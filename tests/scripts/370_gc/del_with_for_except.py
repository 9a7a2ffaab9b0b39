# Release timing around with-statements, for-loops and except-as bindings.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class CM(D):
    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name)
        return False


class CMOther(D):
    def __enter__(self):
        print("enter", self.name)
        return D(self.name + "-value")

    def __exit__(self, *exc):
        print("exit", self.name)
        return False


print("-- with without as: the manager dies at the end of the block")
with CM("cm1"):
    print("body")
print("after with")

print("-- with ... as x: x stays bound after the block")
with CM("cm2") as x:
    print("body", x.name)
print("after with, x still", x.name)
del x
print("after del x")

print("-- as-value differs from the manager")
with CMOther("cm3") as v:
    print("body", v.name)
print("after with")
v = None
print("after v = None")

print("-- exception escaping a with block")
try:
    with CM("cm4"):
        raise KeyError("k")
except KeyError as e:
    print("caught", type(e).__name__)
print("after try")

print("-- for loop rebinding frees the previous item")
def produce(n):
    for i in range(n):
        yield D("item%d" % i)

for item in produce(3):
    print("loop", item.name)
print("after loop, item still", item.name)
del item
print("after del item")

print("-- for loop over a temporary list")
for item in [D("t0"), D("t1")]:
    print("loop", item.name)
print("after loop")
item = None
print("after item = None")

print("-- break keeps the current item bound")
for item in produce(5):
    if item.name == "item1":
        break
print("broke at", item.name)
del item
print("after del item")

print("-- except ... as e is unbound at the end of the handler")
class E(Exception):
    def __del__(self):
        print("del E", self.args)

try:
    raise E("one")
except E as e:
    print("handling", e.args)
print("after handler")
try:
    e
except NameError as ne:
    print("NameError", ne)

print("-- inside a function")
def handler():
    try:
        raise E("two")
    except E as err:
        print("handling", err.args)
    print("after handler in function")

handler()
print("after handler()")

print("-- keeping the exception in another name")
try:
    raise E("three")
except E as e:
    saved = e
print("after handler, saved", saved.args)
saved.__traceback__ = None
del saved
print("after del saved")

print("-- comprehension variable")
print([d.name for d in [D("c0"), D("c1")]])
print("after comprehension")
