# `import a.b as c` binds the submodule; `import a.b` binds only the top package.
import _mods.pkg.core as core
print(core.name, core.__name__, core.helper())
print("_mods" in dir(), "core" in dir())
import _mods.pkg.sub.deep as deep
print(deep.deep_value, deep.__name__)
import _mods.simple as s1, _mods.simple as s2
print(s1 is s2, s1.VALUE)
import _mods.pkg
print(_mods.pkg.core is core, _mods.pkg.sub.deep is deep)
import sys as system
print(system.__name__)
