# The parts built by split()/subgroup() copy __traceback__, __cause__, __context__ and __notes__.
def raise_group():
    try:
        raise KeyError("context")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)]) from OSError("cause")

try:
    raise_group()
except ExceptionGroup as e:
    eg = e

eg.add_note("a note")
print(repr(eg.__cause__), repr(eg.__context__), eg.__suppress_context__, eg.__notes__)

m, r = eg.split(ValueError)
for part in (m, r):
    print(repr(part))
    print("  traceback kept:", part.__traceback__ is eg.__traceback__ and part.__traceback__ is not None)
    print("  cause:", part.__cause__ is eg.__cause__, "context:", part.__context__ is eg.__context__)
    print("  suppress:", part.__suppress_context__, "notes:", part.__notes__,
          part.__notes__ is eg.__notes__)

# the notes lists are independent copies
m.add_note("only on match")
print(eg.__notes__, m.__notes__, r.__notes__)

# leaves are not copied: they are the same objects
print(m.exceptions[0] is eg.exceptions[0], r.exceptions[0] is eg.exceptions[1])

# a group without traceback/cause/context/notes gives parts without them
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
pm, pr = plain.split(ValueError)
print(pm.__traceback__, pm.__cause__, pm.__context__, pm.__suppress_context__, hasattr(pm, "__notes__"))

# __suppress_context__ is set on the parts even when there is no cause (as in CPython)
print(plain.__suppress_context__, pr.__suppress_context__)

# a context but no cause
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ExceptionGroup("ctx", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    g = e
sm = g.subgroup(TypeError)
print(repr(sm), repr(sm.__context__), sm.__cause__, sm.__suppress_context__)

# notes that are not a list: sequences are copied to a list, anything else is dropped
g2 = ExceptionGroup("n", [ValueError(), TypeError()])
g2.__notes__ = ("x", "y")
print(g2.subgroup(ValueError).__notes__)
g2.__notes__ = 5
print(hasattr(g2.subgroup(ValueError), "__notes__"))

# nested groups keep their own metadata
inner = ExceptionGroup("inner", [ValueError("a"), TypeError("b")])
inner.add_note("inner note")
outer = ExceptionGroup("outer", [inner, KeyError("c")])
outer.add_note("outer note")
om = outer.subgroup(ValueError)
print(repr(om), om.__notes__, om.exceptions[0].__notes__)
