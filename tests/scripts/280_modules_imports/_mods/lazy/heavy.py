# Helper submodule imported on demand.
print("lazy.heavy: executing")
heavy = "heavy-value"
