# __del__ runs the moment the last reference goes away: del, rebinding, function return.
class D:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("del", self.name)


print("-- del statement")
a = D("a")
print("before del")
del a
print("after del")

print("-- two names")
b = D("b")
b2 = b
del b
print("b2 still alive:", b2.name)
del b2
print("after del b2")

print("-- rebinding")
x = D("x1")
x = D("x2")      # x2 is created before x1 is released
print("rebound")
x = None
print("x is None")

print("-- augmented rebinding via attribute")
class Holder:
    pass

h = Holder()
h.item = D("h1")
h.item = D("h2")
print("replaced attribute")
del h.item
print("deleted attribute")
del h

print("-- function locals are freed at return, in declaration order")
def f():
    p = D("p")
    q = D("q")
    r = D("r")
    print("returning")

f()
print("after f()")

def g():
    keep = D("keep")
    drop = D("drop")
    return keep

k = g()
print("g returned", k.name)
del k
print("after del k")

print("-- locals freed when an exception leaves the function")
def boom():
    z = D("z")
    raise ValueError("boom")

try:
    boom()
except ValueError as e:
    print("caught", e)
print("after except")

print("-- temporary never bound")
D("temp")
print("after temp")
print(D("expr").name)
print("after expr")

print("-- global rebinding inside a function")
gv = D("gv1")
def rebind():
    global gv
    gv = D("gv2")
    print("inside rebind")
rebind()
print("after rebind")
del gv
print("end")
