# Relative imports inside a package: `from . import x`, `from .mod import name`, `from ..`.
import _mods.pkg as pkg
print(pkg.core_name, pkg.PKG_CONST, pkg.sibling.describe())
from _mods.pkg.sub import deep
print(deep.info())
print(deep.deep_value, pkg.sub.deep_value)
print(pkg.__package__, pkg.core.__package__, deep.__package__)
print(hasattr(pkg, "lonely"))
from _mods.pkg import lonely
print(lonely.lonely, hasattr(pkg, "lonely"))
