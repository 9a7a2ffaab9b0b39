# Module attributes can be set, deleted and shadowed; changes are seen by all importers.
import _mods.simple as s
from _mods.simple import VALUE
s.VALUE = 100
s.new_attr = "added"
import _mods.simple as again
print(again.VALUE, VALUE, again.new_attr)
del s.new_attr
print(hasattr(again, "new_attr"))
try:
    del s.nothing
except AttributeError as e:
    print(type(e).__name__, e)
s.greet = lambda name: "patched " + name
from _mods.simple import greet
print(greet("x"), s.Thing().kind)
print(type(vars(s)).__name__, vars(s) is s.__dict__)
