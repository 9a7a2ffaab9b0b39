# Import side effects order: package __init__ runs before submodules, once.
print("start")
import _mods.pkg.core
print("imported core")
import _mods.pkg.sibling
print("imported sibling")
from _mods.pkg.sub.deep import info
print(info()[0])
import _mods.pkg
print("pkg again, no re-run")
