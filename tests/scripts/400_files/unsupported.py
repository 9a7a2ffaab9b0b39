# io.UnsupportedOperation: reading a write-only file, writing a read-only one.
import io
import _scratch

p = _scratch.path("unsupported.txt")


def attempt(label, fn):
    try:
        r = fn()
    except io.UnsupportedOperation as e:
        print(label, "-> UnsupportedOperation:", e, "|", e.args,
              isinstance(e, OSError), isinstance(e, ValueError), e.errno)
    except Exception as e:
        print(label, "->", _scratch.show(e))
    else:
        print(label, "->", repr(r))


try:
    print(io.UnsupportedOperation.__mro__)
    print(io.UnsupportedOperation.__module__, io.UnsupportedOperation.__name__)
    with open(p, "w") as f:
        attempt("w read", f.read)
        attempt("w readline", f.readline)
        attempt("w readlines", f.readlines)
        attempt("w next", lambda: next(f))
        attempt("w iter", lambda: list(f))
        attempt("w readable", f.readable)
        f.write("abc\n")
    with open(p) as f:
        attempt("r write", lambda: f.write("x"))
        attempt("r writelines", lambda: f.writelines(["x"]))
        attempt("r truncate", f.truncate)
        attempt("r writable", f.writable)
        attempt("r read", f.read)
    with open(p, "rb") as f:
        attempt("rb write", lambda: f.write(b"x"))
        attempt("rb truncate", f.truncate)
    with open(p, "ab") as f:
        attempt("ab read", f.read)
        attempt("ab read1", f.read1)
        attempt("ab readline", f.readline)
        attempt("ab readinto", lambda: f.readinto(bytearray(3)))
    with open(p, "rb", buffering=0) as f:
        attempt("raw write", lambda: f.write(b"x"))
        attempt("raw truncate", f.truncate)
    with open(p, "ab", buffering=0) as f:
        attempt("raw read", f.read)
    # It is an OSError and a ValueError, so either handler catches it.
    for handler in (OSError, ValueError):
        try:
            with open(p) as f:
                f.write("nope")
        except handler as e:
            print("caught by", handler.__name__, type(e).__name__, e)
    attempt("fileno", io.StringIO().fileno)
    attempt("detach", io.BytesIO().detach)
    e = io.UnsupportedOperation("custom", 1)
    print(e, e.args)
finally:
    _scratch.cleanup()
