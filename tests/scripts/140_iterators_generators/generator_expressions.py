# Generator expressions: laziness, single use, as function arguments, nested.
gen = (x * x for x in range(5))
print(type(gen).__name__, next(gen), list(gen), list(gen))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(2) for j in range(2)))
evaluated = []
def note(x):
    evaluated.append(x)
    return x
lazy = (note(x) for x in range(3))
print(evaluated)
print(next(lazy), evaluated)
print(",".join(str(n) for n in range(4)), any(c.isdigit() for c in "ab3"))
print(sorted((c for c in "banana"), reverse=True))
print(dict((k, len(k)) for k in ["x", "yy"]))
