# More C3 failures: multiple unresolvable bases and failures in derived classes.
class A: pass
class B: pass
class C: pass
class AB(A, B): pass
class BC(B, C): pass
class CA(C, A): pass
try:
    class All(AB, BC, CA): pass
except TypeError as e:
    print(type(e).__name__, e)
class BA(B, A): pass
try:
    class Mix(AB, BA, C): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Mix2(int, bool): pass
except TypeError as e:
    print(type(e).__name__, e)
class Ok(AB, BC): pass
print([c.__name__ for c in Ok.__mro__])
