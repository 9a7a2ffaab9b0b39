# Star-import from a package whose __all__ is assembled from a submodule's __all__.
from _mods.nsless import *
print(part_one, part_two, extra)
print("part_three" in dir(), "parts" in dir())
import _mods.nsless as ns
print(ns.__all__, ns.part_three if hasattr(ns, "part_three") else "no part_three", ns.parts.part_three)
from _mods.nsless.parts import *
print("part_three" in dir())
import _mods.nsless.parts as parts_mod
print(parts_mod.__all__, parts_mod.__name__)
print(sorted(n for n in dir(ns) if not n.startswith("__")))
