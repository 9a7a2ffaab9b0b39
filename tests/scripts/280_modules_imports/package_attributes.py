# Submodules become attributes of their parent package once imported.
import _mods.lazy
print(_mods.lazy.marker, hasattr(_mods.lazy, "heavy"))
print(type(_mods.lazy.__path__).__name__, len(_mods.lazy.__path__))
print(hasattr(_mods, "__path__"), hasattr(_mods, "simple"))
import _mods.lazy.heavy
print(hasattr(_mods.lazy, "heavy"), _mods.lazy.heavy.heavy)
from _mods.lazy import heavy
print(heavy is _mods.lazy.heavy)
import _mods.simple
print(hasattr(_mods.simple, "__path__"), _mods.lazy.__package__, _mods.lazy.heavy.__package__)
