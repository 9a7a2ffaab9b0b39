# Helper for circular imports: imports circ_b before defining its own names.
print("circ_a: start")
A_EARLY = "a-early"
from _mods import circ_b
A_LATE = "a-late"
def use_b():
    return circ_b.B_VALUE
print("circ_a: end")
