# Functions from a module resolve globals in their own module, not the importer's.
import _mods.simple as s
VALUE = "script VALUE"
def local_value():
    return VALUE
print(s.greet.__globals__ is vars(s), local_value.__globals__ is globals())
print(s.greet.__globals__["VALUE"], local_value())
import _mods.noisy as n
n.bump()
n.bump()
print(n.counter, "counter" in globals())
counter = 100
n.bump()
print(n.counter, counter)
