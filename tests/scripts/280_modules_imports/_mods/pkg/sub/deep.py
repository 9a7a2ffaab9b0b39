# Helper module two levels down, using parent-relative imports.
from ..core import name as parent_core_name
from .. import sibling
from ...simple import VALUE
deep_value = "deep:" + parent_core_name
def info():
    return (__name__, __package__, VALUE, sibling.describe())
