# Module-level __getattr__ and __dir__ (PEP 562).
import _mods.mod_getattr as m
print(m.real, m.lazy_value, getattr(m, "lazy_x"))
try:
    m.other
except AttributeError as e:
    print(type(e).__name__, e)
from _mods.mod_getattr import lazy_imported
print(lazy_imported)
print(dir(m))
print(hasattr(m, "lazy_y"), hasattr(m, "nope"))
