# `from x import *` honours __all__, including listed private names.
from _mods.with_all import *
print(public_a, Exported.__name__, _listed_private)
for name in ["public_b", "not_exported"]:
    print(name, name in dir())
import _mods.with_all
print(_mods.with_all.__all__, _mods.with_all.public_b)
names = dir()
print(sorted(n for n in names if not n.startswith("__")))
def inside():
    return public_a + "!"
print(inside())
print(type(_mods.with_all.__all__).__name__, len(_mods.with_all.__all__))
