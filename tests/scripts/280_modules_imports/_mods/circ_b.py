# Helper for circular imports: sees circ_a partially initialised.
print("circ_b: start")
from _mods import circ_a
B_VALUE = "b-value"
seen_early = getattr(circ_a, "A_EARLY", "missing")
try:
    circ_a.A_LATE
except AttributeError as e:
    late_error = str(e)
print("circ_b: end")
