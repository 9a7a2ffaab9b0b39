# Tuple repr (single elements, nesting) and hash consistency with equal values.
print((1,), ((1,),), (1, (2, (3,))), ("a",), ((),), (None, True))
print(repr(()), str((1, "x")), [(1,)])
print(hash((1, 2)) == hash((1.0, 2)), hash((1, "a")) == hash((True, "a")))
print(hash(()) == hash(()), hash((1,)) != hash(1))
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), sorted(s))
d = {}
for pt in [(0, 0), (1, 0), (0, 0)]:
    d[pt] = d.get(pt, 0) + 1
print(d)
print(tuple(x for x in range(3)), tuple([[1]])[0])
