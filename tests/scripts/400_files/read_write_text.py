# Text files: write, read back in every way, `with`, iteration, print(file=...).
import _scratch

p = _scratch.path("text.txt")
try:
    with open(p, "w") as f:
        print(f.closed, f.writable(), f.readable(), f.seekable())
        print(f.write("first line\n"))
        print(f.write("second line\nthird line\n"))
        f.writelines(["fourth\n", "fifth", " still fifth\n"])
        print("sixth", "line", sep="-", file=f)
        print(f.write(""))
        print(f.write("no newline at end"))
    print(f.closed)

    f = open(p)
    print(repr(f.read()))
    f.close()

    f = open(p)
    print(repr(f.read(5)), repr(f.read(0)), repr(f.read(7)))
    print(repr(f.readline()))
    print(repr(f.readline(3)), repr(f.readline(0)), repr(f.readline(-1)))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()), f.readlines())
    f.close()

    with open(p) as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    with open(p) as f:
        print(f.readlines(20))
        print(next(f), end="")
        print(list(f))
        print(list(f))
    with open(p) as f:
        print(len(f.read(1000)))
        print(repr(f.read(1000)))
    with open(p) as f:
        print([line.rstrip("\n") for line in f if "i" in line])

    # `with` returns the file itself; the file is closed even on error.
    try:
        with open(p) as f:
            print(f is f.__enter__())
            raise KeyError("boom")
    except KeyError as e:
        print("KeyError", e, f.closed)

    # Empty files.
    with open(p, "w"):
        pass
    with open(p) as f:
        print(repr(f.read()), repr(f.readline()), f.readlines(), list(f))

    # Writing returns the number of characters, not bytes.
    with open(p, "w") as f:
        print(f.write("h\u00e9llo w\u00f6rld \u2603\n"))
    with open(p, "rb") as f:
        print(f.read())
    with open(p) as f:
        print(f.read())
finally:
    _scratch.cleanup()
