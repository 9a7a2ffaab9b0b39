# Helper module with __all__ restricting star-imports.
__all__ = ["public_a", "Exported", "_listed_private"]
public_a = "a"
public_b = "b (not in __all__)"
_listed_private = "private but listed"
class Exported:
    pass
def not_exported():
    return "nope"
