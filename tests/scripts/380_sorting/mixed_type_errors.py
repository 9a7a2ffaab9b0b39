# TypeError messages from sorting values that do not order, and the list afterwards
# (the error stops the sort where it happened).
def attempt(lst, **kw):
    try:
        lst.sort(**kw)
        print("ok", lst)
    except TypeError as e:
        print("TypeError:", e, "->", lst)

attempt([1, "a"])
attempt(["a", 1])
attempt([3, 2, 1, "x", 0])
attempt([None, None])
attempt([1, None, 2])
attempt([1j, 2j])
attempt([3, 1.5, 2, 1j])
attempt([(1, 2), (1, "a")])
attempt([[1], ["a"]])
attempt([{1}, {2}, {1, 2}, {3}])
attempt([{}, {}])
attempt([b"b", "a"])
single = [object()]
single.sort()
print("one object sorts without comparing:", len(single))
attempt([5, 4, "z", 3, 2, 1], reverse=True)
attempt(["b", "a", 3], key=lambda x: x)
attempt([1, 2, 3], key=lambda x: [x] if x != 2 else (x,))
for f in (sorted, min, max):
    try:
        f([2, "b", 1])
    except TypeError as e:
        print(f.__name__, "TypeError:", e)

class OnlyEq:
    def __eq__(self, other):
        return True
try:
    sorted([OnlyEq(), OnlyEq()])
except TypeError as e:
    print("TypeError:", e)
print(len(sorted([OnlyEq()])))
print(sorted([]), sorted([1]), sorted(["x"]))
