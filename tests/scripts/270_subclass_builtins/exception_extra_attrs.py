# Extra attributes, __notes__-free notes, with_traceback, and builtin attributes on exceptions.
class HTTPError(Exception):
    default_code = 500
    def __init__(self, msg, code=None):
        super().__init__(msg)
        self.code = code or self.default_code
class NotFound(HTTPError):
    default_code = 404
e1, e2 = HTTPError("server"), NotFound("missing")
print(e1.code, e2.code, e2.args, isinstance(e2, HTTPError))
e2.extra = {"path": "/x"}
print(e2.extra, sorted(vars(e2)))
print(e1.__cause__, e1.__context__, e1.__suppress_context__, e1.__traceback__)
e3 = OSError(2, "No such file")
print(e3.errno, e3.strerror, str(e3), type(e3).__name__)
e4 = OSError(2, "No such file", "f.txt")
print(type(e4).__name__, e4.filename, str(e4))
s = StopIteration(5)
print(s.value, s.args)
k = SystemExit(3)
print(k.code, repr(k))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.start, u.end, u.reason, str(u))
