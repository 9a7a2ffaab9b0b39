# `from m import name` on a partially initialised module fails with a circular-import hint.
import _mods.circ_c as c
import _mods.circ_d as d
print(d.error)
print(c.C_NAME, c.D_NAME, d.D_NAME, hasattr(d, "C_NAME"))
import sys
print(sorted(k for k in sys.modules if k.startswith("_mods.circ")))
print(c.__name__, d.__name__, d.__package__)
from _mods.circ_c import C_NAME, D_NAME
print(C_NAME, D_NAME)
print(sorted(k for k in vars(d) if not k.startswith("__")))
