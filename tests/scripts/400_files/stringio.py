# io.StringIO: an in-memory text stream.
import io


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


s = io.StringIO()
print(s.write("hello"), s.write(" world\n"), s.tell())
print(repr(s.getvalue()), repr(s.read()))
print(s.seek(0), repr(s.read(5)), repr(s.readline()), repr(s.readline()))
s.writelines(["a\n", "b\n"])
print(repr(s.getvalue()), s.tell())
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(0))
print(s.readlines())
s.seek(3)
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(1), repr(s.getvalue()), s.tell())
s.write("!")
print(repr(s.getvalue()))
s.seek(10)
s.write("far")
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
print(s.encoding, s.errors, s.newlines, s.line_buffering)

s = io.StringIO("line 1\nline 2\nline 3")
print(s.tell(), list(s), s.tell())
s.seek(0)
for line in s:
    print(repr(line))
print(io.StringIO("x\ny\n").readlines(), io.StringIO("").readlines())
print([l for l in io.StringIO("p\nq")])
s = io.StringIO("h\u00e9llo w\u00f6rld")
print(s.read(3), s.tell(), s.read(), s.tell())
with io.StringIO("ctx") as s:
    print(s.read())
print(s.closed)
attempt("closed read", s.read)
attempt("closed getvalue", s.getvalue)
attempt("closed write", lambda: s.write("x"))
attempt("closed readlines", s.readlines)
attempt("closed iter", lambda: iter(s))
attempt("closed flush", s.flush)

s = io.StringIO("abc")
attempt("seek -1", lambda: s.seek(-1))
attempt("seek cur", lambda: s.seek(1, 1))
attempt("seek end", lambda: s.seek(-1, 2))
attempt("seek whence", lambda: s.seek(0, 3))
attempt("truncate -1", lambda: s.truncate(-1))
attempt("write bytes", lambda: s.write(b"x"))
attempt("init int", lambda: io.StringIO(5))
attempt("init None", lambda: io.StringIO(None).getvalue())
attempt("bad newline", lambda: io.StringIO("", "x"))
attempt("newline int", lambda: io.StringIO("", newline=5))
attempt("read str", lambda: s.read("x"))
attempt("fileno", s.fileno)

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s.write("x\r\ny\nz\r")
    print(repr(nl), repr(s.getvalue()), s.newlines)

# print() into a StringIO, and a subclass.
buf = io.StringIO()
print("to", "buffer", sep=", ", end="!\n", file=buf)
print(repr(buf.getvalue()))


class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


u = Upper()
print("shout", file=u)
u.write("more")
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))
