# The module type: creating modules via type(sys)(name), attributes and repr of built-ins.
import sys
ModuleType = type(sys)
m = ModuleType("made_up", "its doc")
print(m.__name__, m.__doc__, type(m).__name__, repr(m))
m.x = 5
print(m.x, sorted(k for k in vars(m)))
sys.modules["made_up"] = m
import made_up
print(made_up is m, made_up.x)
from made_up import x
print(x)
try:
    from made_up import y
except ImportError as e:
    print(type(e).__name__, e)
m2 = ModuleType("nodoc")
print(m2.__doc__, ModuleType.__name__)
try:
    ModuleType()
except TypeError as e:
    print(type(e).__name__, e)
