# Helper submodule of pkg using relative imports of a sibling.
from .core import name, helper
from . import core
def describe():
    return "sibling sees " + name + " / " + core.helper()
