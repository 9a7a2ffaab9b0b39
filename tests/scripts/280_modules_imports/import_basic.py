# Plain `import`, attribute access on modules, and module object attributes.
import _mods.simple
import sys
print(_mods.simple.VALUE, _mods.simple.greet("you"), _mods.simple.Thing.kind)
print(type(_mods.simple).__name__, _mods.simple.__name__, _mods.simple.__package__)
print(_mods.__name__, type(_mods).__name__, _mods.simple.__file__.rsplit("/", 1)[-1])
print(_mods.simple.Thing.__module__, _mods.simple.greet.__module__)
print(sorted(k for k in vars(_mods.simple) if not k.startswith("__")))
print("_mods.simple" in sys.modules, sys.modules["_mods.simple"] is _mods.simple)
print(repr(sys), sys.__name__)
