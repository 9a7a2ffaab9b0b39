# A module body executes only once; later imports reuse sys.modules.
import sys
print("before first import")
import _mods.noisy
print("after first import")
import _mods.noisy
from _mods import noisy
from _mods.noisy import bump
print(bump(), noisy.bump(), _mods.noisy.counter)
print(noisy is sys.modules["_mods.noisy"])
del sys.modules["_mods.noisy"]
import _mods.noisy as fresh
print(fresh is noisy, fresh.counter, noisy.counter)
