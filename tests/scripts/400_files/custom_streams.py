# User-defined streams built on the io ABCs, wrapped by the native layers.
import io


class Counter(io.RawIOBase):
    """An endless-ish raw stream yielding b'0123456789' repeatedly, n bytes in all."""

    def __init__(self, n):
        self.left = n
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        k = min(len(b), self.left)
        for i in range(k):
            b[i] = 48 + i % 10
        self.left -= k
        return k


raw = Counter(25)
print(raw.read(4), raw.read(), raw.read(), raw.calls)
print(isinstance(raw, io.RawIOBase), isinstance(raw, io.IOBase), raw.closed)
raw = Counter(30)
buf = io.BufferedReader(raw, buffer_size=8)
print(type(buf).__name__, buf.read(3), buf.peek(1)[:2], buf.read(10), buf.read())
text = io.TextIOWrapper(io.BufferedReader(Counter(12)), encoding="ascii")
print(repr(text.read()))
raw = Counter(5)
with raw:
    print(raw.readall())
print(raw.closed)
try:
    raw.read()
except ValueError as e:
    print("ValueError:", e)


class Sink(io.RawIOBase):
    def __init__(self):
        self.data = b""

    def writable(self):
        return True

    def write(self, b):
        self.data += bytes(b)
        return len(b)


sink = Sink()
w = io.BufferedWriter(sink, buffer_size=16)
w.write(b"hello ")
print(sink.data)
w.write(b"world, this is long")
print(sink.data)
w.flush()
print(sink.data)
t = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="utf-8")
t.write("caf\u00e9\n")
t.flush()
print(t.buffer.raw.data)


class Lines(io.TextIOBase):
    def __init__(self, items):
        self.items = list(items)

    def readline(self):
        return self.items.pop(0) + "\n" if self.items else ""


print(list(Lines(["a", "b"])), Lines(["x"]).readlines())
for name in ["read", "write", "fileno", "seek", "truncate", "detach"]:
    try:
        getattr(Lines([]), name)(*([] if name in ("read", "fileno", "truncate", "detach") else ["x"]))
    except io.UnsupportedOperation as e:
        print(name, "UnsupportedOperation:", e)
print(Lines([]).readable(), Lines([]).writable(), Lines([]).seekable(), Lines([]).encoding)
