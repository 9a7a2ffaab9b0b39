# Appending and update modes, exclusive creation, and buffering: writes are not
# visible to other readers until flushed or closed.
import _scratch

p = _scratch.path("update.txt")
q = _scratch.path("created.txt")


def contents():
    with open(p) as f:
        return f.read()


try:
    with open(p, "w") as f:
        f.write("one\n")
    with open(p, "a") as f:
        print(f.tell())
        f.write("two\n")
        print(f.tell())
    print(repr(contents()))
    with open(p, "a+") as f:
        print(f.tell(), repr(f.read()))
        f.seek(0)
        print(repr(f.read()))
        f.write("three\n")
        f.seek(0)
        print(repr(f.read()))
    with open(p, "r+") as f:
        print(repr(f.readline()))
        f.write("END")
        f.seek(0)
        print(repr(f.read()))
    with open(p, "r+") as f:
        f.write("ONE")
        print(repr(f.read(1)), f.tell())
    print(repr(contents()))
    with open(p, "w+") as f:
        print(repr(f.read()))
        f.write("fresh\n")
        f.seek(0)
        print(repr(f.read()))
    with open(q, "x") as f:
        f.write("new file")
    try:
        open(q, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    with open(q, "x+" if False else "r") as f:
        print(f.read())

    # Buffering: the data sits in the buffer until flush() or close().
    f = open(p, "w")
    f.write("buffered")
    print("before flush:", repr(contents()))
    f.flush()
    print("after flush:", repr(contents()))
    f.write(" more")
    f.close()
    print("after close:", repr(contents()))
    f = open(p, "w", buffering=1)
    f.write("line-buffered")
    print("no newline yet:", repr(contents()))
    f.write("\n")
    print("after newline:", repr(contents()))
    print(f.line_buffering)
    f.close()
    f = open(p, "wb", buffering=0)
    f.write(b"raw")
    print("unbuffered:", repr(contents()))
    f.close()
    # A big write goes through at once.
    f = open(p, "w")
    f.write("z" * 20000)
    print("big write:", len(contents()))
    f.close()
    # Dropping the last reference flushes and closes the file.
    f = open(p, "w")
    f.write("dropped")
    del f
    print("after del:", repr(contents()))
finally:
    _scratch.cleanup()
