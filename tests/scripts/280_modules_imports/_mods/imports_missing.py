# Helper module that imports a nonexistent module.
import _mods.does_not_exist_anywhere
