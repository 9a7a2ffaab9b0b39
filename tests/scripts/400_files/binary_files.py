# Binary files: bytes in and out, read sizes, lines, seek/tell, peek, read1, readinto.
import _scratch

p = _scratch.path("data.bin")
try:
    with open(p, "wb") as f:
        print(type(f).__name__, f.mode)
        print(f.write(b"hello\nworld\n"))
        print(f.write(bytearray(b"\x00\x01\x02\xff\n")))
        print(f.tell())
        try:
            f.write("text")
        except TypeError as e:
            print("TypeError:", e)
        f.writelines([b"a", b"b\n", bytearray(b"c")])
        print(f.tell())
    with open(p, "rb") as f:
        print(type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
        print(f.read())
        print(f.read(), f.read(10), f.tell())
        print(f.seek(0), f.read(3), f.tell())
        print(f.readline(), f.readline(2), f.readline())
        print(f.seek(-3, 2), f.read())
        print(f.seek(-4, 1), f.read(2), f.tell())
        print(f.seek(0), f.readlines())
        print(f.seek(0), list(f))
        f.seek(0)
        print(f.peek(1)[:5], f.read(2), f.read1(3), f.read1(), f.read1())
        f.seek(0)
        buf = bytearray(4)
        print(f.readinto(buf), buf)
        print(f.readinto1(buf), buf)
        try:
            f.seek(0, 5)
        except ValueError as e:
            print("ValueError:", e)
        try:
            f.seek(-100, 1)
        except OSError as e:
            print(type(e).__name__, e.errno, e)
        try:
            f.read(-5)
        except ValueError as e:
            print("ValueError:", e)
        print(f.read(None) == f.read())
    with open(p, "rb") as f:
        for i, line in enumerate(f):
            print(i, line)
    # Unbuffered: FileIO, one system call per read.
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.mode, f.closefd)
        print(f.read(4), f.read(), f.read(), f.tell())
        f.seek(0)
        print(f.readall()[:5], f.readline(), f.readlines())
        buf = bytearray(3)
        f.seek(6)
        print(f.readinto(buf), buf)
    with open(p, "ab", buffering=0) as f:
        print(f.tell(), f.write(b"tail\n"), f.tell())
    with open(p, "rb") as f:
        data = f.read()
    print(len(data), data[-5:])
finally:
    _scratch.cleanup()
