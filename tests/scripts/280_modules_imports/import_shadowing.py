# Import statements are assignments: later bindings shadow modules and del removes the name.
import _mods.simple as mod
mod = "shadowed"
print(mod)
import _mods.simple as mod
print(mod.VALUE)
del mod
try:
    mod
except NameError as e:
    print(type(e).__name__, e)
from _mods import simple
print(simple.VALUE)
def f():
    print(simple.VALUE)
    simple = None
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
for i in range(2):
    import _mods.simple as loop_mod
print(loop_mod.VALUE)
