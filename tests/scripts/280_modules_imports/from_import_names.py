# `from x import y, z as w`, importing classes/functions, and missing-name ImportError.
from _mods.simple import VALUE, greet as hello, Thing
print(VALUE, hello("there"), Thing.__name__, hello.__name__)
from _mods.simple import _hidden
print(_hidden)
from _mods.pkg import core
print(core.name)
from _mods.pkg.core import (
    name,
    helper,
)
print(name, helper())
try:
    from _mods.simple import does_not_exist
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[:msg.rfind(" (")], e.name)
