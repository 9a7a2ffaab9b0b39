# A module that raises during import is removed from sys.modules and re-executed next time.
import sys
for attempt in range(2):
    try:
        import _mods.raises_on_import
    except ValueError as e:
        print(attempt, type(e).__name__, e, "_mods.raises_on_import" in sys.modules)
print(hasattr(sys.modules["_mods"], "raises_on_import"))
try:
    from _mods.raises_on_import import first
except ValueError as e:
    print("from-import also re-runs:", e)
import _mods.simple
print("_mods.simple" in sys.modules, hasattr(sys.modules["_mods"], "simple"))
