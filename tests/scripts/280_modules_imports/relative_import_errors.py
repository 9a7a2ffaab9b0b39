# Relative imports in a script and beyond the top-level package raise ImportError.
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .sibling import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _mods.pkg.sub.beyond
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)
