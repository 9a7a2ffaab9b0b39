# Placeholder: the proxy types are being written (see weakref.py). Minimal proxy so that
# `_weakref.proxy` exists.
class ReferenceError_(Exception):
    pass
