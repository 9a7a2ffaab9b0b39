# Imports inside functions bind local names; module cache is shared with global imports.
import sys
def load():
    import _mods.simple as local_simple
    from _mods.pkg.core import name
    return local_simple, name
m, n = load()
print(m.VALUE, n, "local_simple" in globals(), "_mods" in globals())
def check_global():
    global gmod
    import _mods.simple as gmod
check_global()
print(gmod is m, sys.modules["_mods.simple"] is m)
class Holder:
    import _mods.pkg.core as core_attr
print(Holder.core_attr.name, type(Holder.core_attr).__name__)
