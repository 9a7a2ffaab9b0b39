# Circular imports: the second module sees the first one partially initialised.
import _mods.circ_a as a
import _mods.circ_b as b
print(b.seen_early, b.late_error)
print(a.use_b(), a.A_LATE, b.circ_a is a)
import sys
print(sys.modules["_mods.circ_a"] is a, sys.modules["_mods.circ_b"] is b)
import _mods.circ_a
print("no re-execution on second import")
from _mods.circ_b import B_VALUE, seen_early
print(B_VALUE, seen_early, a.circ_b is b)
