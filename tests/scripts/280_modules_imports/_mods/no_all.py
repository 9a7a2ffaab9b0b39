# Helper module without __all__: star-import takes all names not starting with "_".
import sys as _sys
import sys
alpha = 1
beta = 2
_gamma = 3
__dunder_like__ = 4
def delta():
    return "delta"
