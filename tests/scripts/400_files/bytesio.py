# io.BytesIO: an in-memory binary stream.
import io


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" world\n")), b.tell())
print(b.getvalue(), b.read(), b.seek(0), b.read(5), b.read1(2), b.read1())
b.seek(0)
print(b.readline(), b.readline(), b.readlines())
b.writelines([b"a\n", b"b\n"])
print(b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-3, 1), b.read(1), b.seek(-100, 1))
b.seek(20)
b.write(b"!")
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
print(b.truncate(), b.getvalue())
b = io.BytesIO(b"one\ntwo\nthree")
print(list(b), b.tell())
b.seek(0)
for line in b:
    print(line)
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf, b.readlines(1), b.readline(2))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
with io.BytesIO(b"ctx") as b:
    print(b.read())
print(b.closed)
attempt("closed read", b.read)
attempt("closed getvalue", b.getvalue)
attempt("closed write", lambda: b.write(b"x"))
attempt("closed seek", lambda: b.seek(0))
attempt("closed readlines", b.readlines)
attempt("closed next", lambda: next(b))
b = io.BytesIO(b"abc")
attempt("seek -1", lambda: b.seek(-1))
attempt("seek whence", lambda: b.seek(0, 3))
attempt("truncate -1", lambda: b.truncate(-1))
attempt("write str", lambda: b.write("x"))
attempt("init str", lambda: io.BytesIO("x"))
attempt("init None", lambda: io.BytesIO(None).getvalue())
attempt("read str", lambda: b.read("x"))
attempt("fileno", b.fileno)
attempt("detach", b.detach)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.RawIOBase))
# A text layer over it.
t = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\nbar\n"), encoding="utf-8")
print(t.readline(), t.read(), t.encoding)
