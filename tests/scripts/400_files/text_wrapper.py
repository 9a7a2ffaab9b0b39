# io.TextIOWrapper built by hand over a BytesIO; detach, line buffering, write-through.
import io

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through)
print(t.write("one\ntwo\n"), raw.getvalue())
t.flush()
print(raw.getvalue())
print(t.seekable(), t.readable(), t.writable(), t.tell())
t.seek(0)
print(repr(t.read()))
b = t.detach()
print(b is raw)
for name in ["read", "write", "tell", "flush", "close"]:
    try:
        getattr(t, name)(*(["x"] if name == "write" else []))
    except ValueError as e:
        print(name, "ValueError:", e)
print(repr(t))

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii", line_buffering=True)
t.write("no newline")
print(raw.getvalue())
t.write(" now\n")
print(raw.getvalue())
t.reconfigure(line_buffering=False, write_through=True)
print(t.line_buffering, t.write_through)
t.write("through")
print(raw.getvalue())

t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="utf-8")
print(t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="utf-8", newline="")
print(t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO("\u00e9t\u00e9".encode("latin-1")), encoding="latin-1")
print(t.read())
for kw in [{"encoding": "zz"}, {"encoding": 5}, {"errors": 5}, {"newline": 5},
           {"newline": "x"}]:
    try:
        io.TextIOWrapper(io.BytesIO(), **kw)
    except Exception as e:
        print(kw, type(e).__name__ + ":", e)
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-16")
t.write("hi")
t.write("yo")
t.flush()
print(t.buffer.getvalue())
t.seek(0)
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8")
try:
    t.name
except AttributeError as e:
    print("AttributeError:", e)
print(repr(t))
t.mode = "custom"
print(repr(t))
