# OSError's five-argument form keeps filename2, and str() shows both names.
import os

for args in [(2, "No such file", "a", None, "b"), (2, "x", None, None, "b"),
             (2, "x", "a", 7), (2, "x", "a"), (1, 2, 3, 4, 5, 6), ("only",)]:
    e = OSError(*args)
    print(type(e).__name__, str(e), e.args, e.errno, e.filename, e.filename2)
try:
    os.rename("no_such_source_file", "no_such_target_file")
except OSError as e:
    print(type(e).__name__, e, e.filename2)
