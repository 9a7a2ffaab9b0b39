# Instance attributes before and after the instance's __dict__ exists: order, deletes,
# re-adds, vars(), many attributes, names made at run time, and __dict__ assignment.


class P:
    pass


p = P()
p.b = 1
p.a = 2
p.c = 3
del p.a
p.a = 4
print(vars(p), list(p.__dict__))
p.d = 5
print(p.__dict__, p.a, p.d)

q = P()
for i in range(40):
    setattr(q, "attr" + str(i), i)
print(len(vars(q)), q.attr0, q.attr39, getattr(q, "attr" + str(17)))
for i in range(0, 40, 2):
    delattr(q, "attr" + str(i))
print(list(vars(q))[:5], hasattr(q, "attr2"), q.attr3)

r = P()
name = "".join(["dyn", "amic"])
setattr(r, name, "x")
print(r.dynamic, getattr(r, "dynamic"), "dynamic" in dir(r))
r.dynamic = "y"
print(vars(r))

try:
    del r.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)

s = P()
s.x = 1
s.__dict__ = {"y": 2}
print(hasattr(s, "x"), s.y, vars(s))
s.z = 3
print(vars(s))
d = s.__dict__
d["w"] = 4
print(s.w, sorted(vars(s)))


class MyStr(str):
    pass


t = P()
setattr(t, MyStr("sub"), 1)
print(t.sub, vars(t))

u = P()
u.x = 1
print(u.__dict__ is u.__dict__, u.__dict__ == {"x": 1})
u.__dict__.clear()
print(hasattr(u, "x"), vars(u))
