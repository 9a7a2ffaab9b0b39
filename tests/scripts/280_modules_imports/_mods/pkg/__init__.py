# Helper package: runs relative imports in its __init__.
print("pkg: __init__ executing")
from .core import name as core_name
from . import sibling
PKG_CONST = "pkg-const"
