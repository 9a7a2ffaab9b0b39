# Helper package with a star-import in __init__ and __all__ built from a submodule.
from .parts import *
from . import parts
__all__ = parts.__all__ + ["extra"]
extra = "extra"
