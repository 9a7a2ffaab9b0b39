# Helper submodule exporting names via __all__.
__all__ = ["part_one", "part_two"]
part_one = 1
part_two = 2
part_three = 3
