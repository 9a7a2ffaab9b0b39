# OSError subclasses from open(), with errno, strerror and filename.
import _scratch

d = "/tmp"
ERRNO = {2: "ENOENT", 17: "EEXIST", 20: "ENOTDIR", 21: "EISDIR"}
p = _scratch.path("exists.txt")


def attempt(label, *args):
    try:
        open(*args).close()
    except OSError as e:
        name = e.filename.replace(_scratch.PREFIX, "") if isinstance(e.filename, str) else e.filename
        print(label, "->", type(e).__name__, e.errno, ERRNO.get(e.errno),
              repr(e.strerror), repr(name), e.filename2)
        print("   ", _scratch.show(e), "|", len(e.args), e.args[0], e.args[1])
    else:
        print(label, "-> opened")


try:
    with open(p, "w") as f:
        f.write("x")
    attempt("missing", "no_such_file_here.txt")
    attempt("missing dir", _scratch.PREFIX + "nodir/file.txt", "w")
    attempt("empty name", "")
    attempt("exists", p, "x")
    attempt("directory", d)
    attempt("directory w", d, "w")
    attempt("not a dir", p + "/inside")
    attempt("bytes name", b"no_such_file_here.txt")
    try:
        open("no_such_file_here.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError caught:", e)
    try:
        open(p, "x")
    except FileExistsError as e:
        print("FileExistsError caught:", isinstance(e, OSError), e.errno == 17)
    try:
        open(d)
    except IsADirectoryError as e:
        print("IsADirectoryError caught:", e.errno == 21)
    try:
        open("no_such_file_here.txt")
    except IOError as e:
        print("IOError is OSError:", IOError is OSError, type(e).__name__)
finally:
    _scratch.cleanup()
