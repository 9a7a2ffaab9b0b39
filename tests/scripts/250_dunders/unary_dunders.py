# __neg__, __pos__, __abs__, __invert__ and their absence.
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "invert"
u = U()
print(-u, +u, abs(u), ~u, -(-5), +True, ~True, abs(-2.5))
class Nothing: pass
for name, f in [("neg", lambda x: -x), ("pos", lambda x: +x), ("abs", abs), ("invert", lambda x: ~x)]:
    try:
        f(Nothing())
    except TypeError as e:
        print(name, type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
print(not u, type(-True).__name__, -True)
