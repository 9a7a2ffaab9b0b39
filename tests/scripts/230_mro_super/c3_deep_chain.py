# Deep single-inheritance chains and attribute resolution along them.
classes = [object]
for i in range(12):
    classes.append(type("L%d" % i, (classes[-1],), {"level": i, "tag%d" % i: i}))
leaf = classes[-1]
print(len(leaf.__mro__), [c.__name__ for c in leaf.__mro__][:4], leaf.__mro__[-1].__name__)
print(leaf.level, leaf.tag0, leaf.tag11, leaf().tag5)
class Mixin:
    level = "mixin"
Mixed = type("Mixed", (Mixin, leaf), {})
print(Mixed.level, [c.__name__ for c in Mixed.__mro__][:3])
Mixed2 = type("Mixed2", (leaf, Mixin), {})
print(Mixed2.level, [c.__name__ for c in Mixed2.__mro__][-2:])
