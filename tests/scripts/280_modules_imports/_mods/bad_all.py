# Helper module whose __all__ names a missing attribute.
__all__ = ["exists", "missing_name"]
exists = True
