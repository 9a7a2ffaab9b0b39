# Encodings and error handlers: utf-8 (the locale default), ascii, latin-1.
import _scratch

p = _scratch.path("enc.txt")


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", _scratch.show(e))
    else:
        print(label, "->", repr(r))


def read_with(**kw):
    with open(p, **kw) as f:
        return f.read()


def write_with(text, **kw):
    with open(p, "w", **kw) as f:
        f.write(text)
    with open(p, "rb") as f:
        return f.read()


try:
    with open(p, "w") as f:
        print(f.encoding, f.errors)
    with open(p, "w", encoding="utf8") as f:
        print(f.encoding)
    with open(p, "w", encoding="Latin-1") as f:
        print(f.encoding)
    attempt("utf-8", lambda: write_with("h\u00e9llo \u2603 \U0001f600"))
    attempt("read", lambda: read_with())
    attempt("read latin-1", lambda: read_with(encoding="latin-1"))
    attempt("read ascii", lambda: read_with(encoding="ascii"))
    attempt("read ascii replace", lambda: read_with(encoding="ascii", errors="replace"))
    attempt("read ascii ignore", lambda: read_with(encoding="ascii", errors="ignore"))
    attempt("latin-1", lambda: write_with("h\u00e9llo", encoding="latin-1"))
    attempt("read latin-1", lambda: read_with(encoding="latin-1"))
    attempt("read utf-8", lambda: read_with())
    attempt("read utf-8 replace", lambda: read_with(errors="replace"))
    attempt("read utf-8 ignore", lambda: read_with(errors="ignore"))
    attempt("read utf-8 backslash", lambda: read_with(errors="backslashreplace"))
    attempt("ascii write", lambda: write_with("h\u00e9llo", encoding="ascii"))
    attempt("ascii write replace", lambda: write_with("h\u00e9llo \u2603", encoding="ascii", errors="replace"))
    attempt("ascii write ignore", lambda: write_with("h\u00e9llo", encoding="ascii", errors="ignore"))
    attempt("latin-1 write snowman", lambda: write_with("\u2603", encoding="latin-1"))
    attempt("unknown handler", lambda: write_with("h\u00e9llo", encoding="ascii", errors="nope"))
    attempt("unknown encoding", lambda: read_with(encoding="nope"))
    with open(p, "wb") as f:
        f.write(b"ok line\nbad \xff byte\n")
    with open(p) as f:
        try:
            f.readline()
        except UnicodeDecodeError as e:
            print(type(e).__name__, e.encoding, e.start, e.end, e.reason, e.object[:4])
    # A multi-byte character split across read chunks decodes intact.
    with open(p, "w") as f:
        f.write("a" * 8191 + "\u00e9" + "b" * 8190 + "\u2603" + "c")
    with open(p) as f:
        data = f.read(8192), f.read(8192), f.read()
        print([len(d) for d in data], data[0][-1], data[1][-1], data[2])
    with open(p) as f:
        line = f.readline()
        print(len(line), line.count("\u00e9"), line.count("\u2603"), f.tell())
finally:
    _scratch.cleanup()
