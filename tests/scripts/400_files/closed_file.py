# Every operation on a closed file raises ValueError; the messages differ by layer,
# exactly as in CPython.
import io
import _scratch

p = _scratch.path("closed.txt")


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", _scratch.show(e))
    else:
        print(label, "->", repr(r))


try:
    with open(p, "w") as f:
        f.write("abc\ndef\n")
    for mode in ["r", "a", "rb", "wb", "r+b", "rb0", "ab0"]:
        if mode.endswith("0"):
            f = open(p, mode[:-1], buffering=0)
        else:
            f = open(p, mode)
        f.close()
        f.close()  # closing twice is fine
        print("==", mode, type(f).__name__, f.closed)
        for name in ["read", "readline", "readlines", "tell", "flush", "fileno",
                     "isatty", "readable", "writable", "seekable", "__iter__",
                     "__next__", "__enter__", "truncate"]:
            attempt(name, getattr(f, name))
        attempt("seek", lambda: f.seek(0))
        attempt("write", lambda: f.write("x" if "b" not in mode else b"x"))
        attempt("writelines", lambda: f.writelines([]))
        attempt("name", lambda: f.name.replace(_scratch.PREFIX, ""))
        attempt("list", lambda: list(f))

    def reader():
        with open(p) as f:
            pass
        return f.read()
    attempt("after with", reader)
finally:
    _scratch.cleanup()
