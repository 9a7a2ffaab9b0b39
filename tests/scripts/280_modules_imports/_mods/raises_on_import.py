# Helper module that fails halfway through execution.
first = 1
raise ValueError("raises_on_import failed")
