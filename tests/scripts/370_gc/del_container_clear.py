# Clearing or shrinking containers releases the items immediately.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return "D(%s)" % self.name


print("-- list.clear")
l = [D("l0"), D("l1"), D("l2")]
l.clear()
print("after clear", l)

print("-- del l[:]")
l = [D("s0"), D("s1"), D("s2")]
del l[:]
print("after del l[:]", l)

print("-- slice assignment")
l = [D("a0"), D("a1"), D("a2"), D("a3")]
l[1:3] = [D("new")]
print("after slice assign", l)
del l[0]
print("after del l[0]", l)
x = l.pop()
print("popped", x)
del x
print("after del x")
l.remove(l[0])
print("after remove", l)
l = None

print("-- list item assignment")
l = [D("i0"), D("i1")]
l[0] = D("i0b")
print("after item assign")
l *= 0
print("after *= 0", l)

print("-- dict.clear")
d = {"k0": D("d0"), "k1": D("d1"), "k2": D("d2")}
d.clear()
print("after dict.clear", d)

print("-- dict del / pop / popitem / overwrite")
d = {"a": D("va"), "b": D("vb"), "c": D("vc")}
del d["a"]
print("after del d['a']")
v = d.pop("b")
print("popped", v)
v = None
print("after v = None")
d["c"] = D("vc2")
print("after overwrite")
kv = d.popitem()
print("popitem", kv)
del kv
print("after del kv")

print("-- set.clear and discard")
class K(D):
    def __init__(self, name, h):
        super().__init__(name)
        self.h = h

    def __hash__(self):
        return self.h

s = {K("k1", 1), K("k2", 2), K("k3", 3)}
print("built set")
for item in list(s):
    if item.h == 2:
        victim = item
del item
s.discard(victim)
print("discarded")
del victim
print("after del victim")
s.clear()
print("after set.clear", s)

print("-- comprehension temporaries")
print(len([D("c%d" % i) for i in range(3)]))
print("end")
