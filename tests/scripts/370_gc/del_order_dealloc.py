# Order in which the items of a container are released when the container itself is freed.
log = []

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def show(label):
    print(label, log)
    log.clear()


items = [D("l0"), D("l1"), D("l2"), D("l3")]
del items
show("list:")

t = (D("t0"), D("t1"), D("t2"))
del t
show("tuple:")

d = {"a": D("d0"), "b": D("d1"), "c": D("d2")}
del d
show("dict values:")

class KD(D):
    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return self is other

d = {KD("k0"): D("v0"), KD("k1"): D("v1")}
del d
show("dict keys/values:")

d = {}
d["z"] = D("z")
d["a"] = D("a")
d["m"] = D("m")
del d["a"]
show("dict del:")
d["a"] = D("a2")
del d
show("dict after reinsert:")

class HK(D):
    def __init__(self, name, h):
        super().__init__(name)
        self.h = h

    def __hash__(self):
        return self.h

s = set()
for name, h in [("h3", 3), ("h1", 1), ("h2", 2), ("h0", 0)]:
    s.add(HK(name, h))
del s
show("set (hash order):")

class Attrs:
    pass

o = Attrs()
o.first = D("first")
o.second = D("second")
o.third = D("third")
del o
show("instance attrs:")

o = Attrs()
o.x = D("x")
o.y = D("y")
o.__dict__["z"] = D("z")
del o
show("instance dict:")

class Slots:
    __slots__ = ("zeta", "alpha", "mid")

o = Slots()
o.zeta = D("zeta")
o.alpha = D("alpha")
o.mid = D("mid")
del o
show("slots:")

nested = [D("outer0"), [D("inner0"), D("inner1")], D("outer2")]
del nested
show("nested list:")

pair = ([D("p0")], (D("p1"), D("p2")))
pair = None
show("tuple of containers:")

def make():
    a = D("a")
    b = D("b")
    c = D("c")
    return [a, b, c]

r = make()
show("after make():")
r = None
show("result list:")
