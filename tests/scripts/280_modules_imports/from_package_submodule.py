# `from package import name` prefers an existing attribute, else imports the submodule.
import sys
from _mods.lazy import marker
print(marker, "_mods.lazy.heavy" in sys.modules)
from _mods.lazy import heavy
print(type(heavy).__name__, heavy.heavy, "_mods.lazy.heavy" in sys.modules)
import _mods.lazy
_mods.lazy.heavy = "attribute now shadows"
from _mods.lazy import heavy as h2
print(h2)
print(sys.modules["_mods.lazy.heavy"].heavy)
