# A name in __all__ that does not exist makes star-import fail with AttributeError.
try:
    from _mods.bad_all import *
except AttributeError as e:
    print(type(e).__name__, e)
print("exists" in dir())
import _mods.bad_all as b
print(b.exists, b.__all__)
try:
    from _mods.bad_all import missing_name
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[:msg.rfind(" (")])
print(sorted(k for k in vars(b) if not k.startswith("__")))
