# Without __all__, star-import takes every public name, including imported modules.
from _mods.no_all import *
print(alpha, beta, delta())
names = dir()
print(sorted(n for n in ["alpha", "beta", "_gamma", "__dunder_like__", "delta", "sys", "_sys"] if n in names))
print(sys.__name__)
import _mods.no_all as na
print(na._gamma, na.__dunder_like__, na._sys is na.sys)
try:
    _gamma
except NameError as e:
    print(type(e).__name__, e)
print(hasattr(na, "__all__"))
