# Text-mode seek/tell: tell() is a byte-position cookie; seeking is limited to
# cookies, the start, and the end; tell() is disabled while iterating.
import io
import _scratch

p = _scratch.path("seek.txt")


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", _scratch.show(e))
    else:
        print(label, "->", repr(r))


try:
    with open(p, "w") as f:
        print(f.tell())
        f.write("h\u00e9llo\n")
        print(f.tell())
        f.write("w\u00f6rld \u2603\n")
        print(f.tell())
        f.write("end")
        print(f.tell())
    with open(p) as f:
        print(f.tell(), repr(f.read(3)), f.tell())
        print(repr(f.readline()), f.tell())
        pos = f.tell()
        print(repr(f.read(7)), f.tell())
        print(f.seek(pos), repr(f.readline()))
        print(f.seek(0, 2), repr(f.read()), f.tell())
        print(f.seek(0), repr(f.read(1)), f.seek(0, 1), repr(f.read(1)))
        attempt("cur nonzero", lambda: f.seek(1, 1))
        attempt("end nonzero", lambda: f.seek(-1, 2))
        attempt("bad whence", lambda: f.seek(0, 3))
        attempt("negative", lambda: f.seek(-1))
        attempt("no args", f.seek)
    with open(p) as f:
        lines = []
        try:
            for line in f:
                lines.append(line)
                f.tell()
        except OSError as e:
            print(type(e).__name__, e, lines)
        for line in f:
            pass
        print("after loop", f.tell())
    with open(p, "r+") as f:
        print(repr(f.read(2)), f.tell())
        f.seek(f.tell())
        f.write("X")
        print(f.tell())
        f.seek(0)
        print(repr(f.read()))
        print(f.truncate(4), f.tell())
        f.seek(0)
        print(repr(f.read()))
    with open(p, "rb+") as f:
        print(f.read(2), f.tell(), f.write(b"YZ"), f.tell())
        print(f.seek(0), f.read())
        print(f.truncate(2), f.tell(), f.seek(0), f.read())
        print(f.truncate(), f.seek(0, 2))
        print(f.seek(10), f.write(b"!"), f.seek(0), f.read())
finally:
    _scratch.cleanup()
