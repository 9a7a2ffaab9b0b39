# Helper subpackage of pkg.
from .deep import deep_value
