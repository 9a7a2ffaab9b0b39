# Newline handling: universal newlines on read, translation on write, per `newline`.
import _scratch

p = _scratch.path("newlines.txt")
raw = b"a\r\nb\rc\nd\r\n\r\ne"
try:
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(p, "wb") as f:
            f.write(raw)
        with open(p, newline=nl) as f:
            print(repr(nl), "read     ", repr(f.read()), f.newlines)
        with open(p, newline=nl) as f:
            print(repr(nl), "lines    ", f.readlines())
        with open(p, newline=nl) as f:
            print(repr(nl), "readline ", [f.readline() for _ in range(4)], repr(f.newlines))
        with open(p, newline=nl) as f:
            print(repr(nl), "read(3)  ", [f.read(3) for _ in range(5)])
        with open(p, "w", newline=nl) as f:
            f.write("x\ny\r\nz\r")
            f.writelines(["1\n", "2\n"])
            print("end", file=f)
        with open(p, "rb") as f:
            print(repr(nl), "written  ", f.read())
    # newlines records every kind seen so far.
    with open(p, "wb") as f:
        f.write(b"one\ntwo\r\nthree\rfour")
    with open(p) as f:
        seen = []
        for line in f:
            seen.append(f.newlines)
        print(seen, f.newlines)
    with open(p, "w") as f:
        print(f.newlines)
    # A \r\n pair split across the 8192-byte read chunks is still one line end.
    with open(p, "wb") as f:
        f.write(b"x" * 8191 + b"\r\n" + b"y\r" + b"z" * 8190 + b"\r")
    for nl in [None, "", "\r\n", "\r"]:
        with open(p, newline=nl) as f:
            print(repr(nl), [(len(l), l[-2:]) for l in f])
finally:
    _scratch.cleanup()
