# Helper for circular "from ... import name" failures.
from _mods.circ_d import D_NAME
C_NAME = "c"
