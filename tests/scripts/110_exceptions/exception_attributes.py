# Exception object attributes: args, with_traceback returns self, __traceback__ existence, add_note.
try:
    raise ValueError("a", 1, None)
except ValueError as e:
    print(e.args, str(e), repr(e))
    print(e.__traceback__ is not None, e.with_traceback(None) is e)
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), type(e).__name__)
k = KeyError("k")
print(str(k), repr(k), str(KeyError()), str(KeyError("a", "b")))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
si = StopIteration()
print(si.value, SystemExit(3).code, SystemExit().code, SystemExit("m").code)
print(repr(Exception()), repr(Exception("x", 2)), str(Exception("x", 2)))
