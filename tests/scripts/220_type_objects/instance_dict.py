# Instance __dict__: creation on assignment, direct edits, replacement and vars().
class P:
    cls_attr = 0
    def __init__(self):
        self.a = 1
p = P()
print(p.__dict__, vars(p))
p.__dict__["b"] = 2
print(p.b, sorted(p.__dict__))
p.__dict__ = {"c": 3}
print(p.__dict__, hasattr(p, "a"), p.c)
try:
    p.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
del p.c
print(p.__dict__)
try:
    del p.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
print(vars(p) is p.__dict__, p.cls_attr, "cls_attr" in vars(p))
p.cls_attr = 5
print(p.cls_attr, P.cls_attr, vars(p))
print(type(object()).__name__, hasattr(object(), "__dict__"))
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
