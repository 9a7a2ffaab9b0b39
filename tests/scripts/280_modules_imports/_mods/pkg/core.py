# Helper submodule of pkg.
name = "core-name"
def helper():
    return "helper from " + __name__
