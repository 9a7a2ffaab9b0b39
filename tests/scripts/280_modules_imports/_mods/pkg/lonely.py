# Helper submodule of pkg that is never imported by pkg/__init__.
lonely = "lonely-value"
