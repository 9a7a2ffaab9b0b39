# Containers check identity before __eq__ (x in [x] is True even if x != x).
class Never:
    def __eq__(self, o):
        print("eq called")
        return False
    __hash__ = object.__hash__
n = Never()
print(n in [n], n == n, [n] == [n], (n,) == (n,))
print([n].count(n), [n].index(n), n in {n}, n in {n: 1})
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])
other = Never()
print(n in [other])
