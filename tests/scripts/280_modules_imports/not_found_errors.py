# ModuleNotFoundError/ImportError messages, .name attributes, and subclass relationship.
for stmt in ["import no_such_module_xyz", "import _mods.no_such_sub", "import _mods.simple.not_a_package",
             "from no_such_pkg import thing", "from _mods import no_such_name_xyz",
             "import _mods.pkg.nope.deeper"]:
    try:
        exec(stmt)
    except ImportError as e:
        msg = str(e)
        if " (/" in msg:
            msg = msg[:msg.rfind(" (")]
        print(type(e).__name__, "|", msg, "|", e.name)
print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)
try:
    import _mods.imports_missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
