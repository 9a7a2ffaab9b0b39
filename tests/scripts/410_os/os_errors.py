# OSError subclasses from os functions: types, messages and attributes.
import os
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
os.mkdir("dir")
os.mkdir("full")
fd = os.open("full/file", os.O_CREAT | os.O_WRONLY)
os.close(fd)

def attempt(label, f, *args):
    try:
        f(*args)
    except OSError as e:
        print(f"{label}: {type(e).__name__}: {e}")
        print("   ", e.errno, repr(e.strerror), repr(e.filename), e.args)
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(label, "succeeded")

attempt("stat", os.stat, "missing")
attempt("lstat", os.lstat, "missing")
attempt("listdir", os.listdir, "missing")
attempt("listdir file", os.listdir, "full/file")
attempt("mkdir", os.mkdir, "dir")
attempt("mkdir deep", os.mkdir, "no/such/dir")
attempt("rmdir", os.rmdir, "missing")
attempt("rmdir full", os.rmdir, "full")
attempt("rmdir file", os.rmdir, "full/file")
attempt("remove", os.remove, "missing")
attempt("unlink dir", os.unlink, "dir")
attempt("chdir", os.chdir, "missing")
attempt("open", os.open, "missing", os.O_RDONLY)
attempt("open excl", os.open, "full/file", os.O_CREAT | os.O_EXCL | os.O_WRONLY)
attempt("readlink", os.readlink, "dir")
attempt("listdir bytes", os.listdir, b"missing")
attempt("makedirs", os.makedirs, "dir")
attempt("close", os.close, 9999)
attempt("read", os.read, 9999, 1)
attempt("write", os.write, 9999, b"x")

for name, f in [("stat", os.stat), ("listdir", os.listdir), ("mkdir", os.mkdir),
                ("rmdir", os.rmdir), ("remove", os.remove), ("chdir", os.chdir),
                ("lstat", os.lstat), ("scandir", os.scandir)]:
    attempt(name + " type", f, 1.5)
attempt("rename type", os.rename, 1.5, "x")
attempt("null", os.stat, "a\0b")
attempt("mkdir mode", os.mkdir, "x", 1.5)
attempt("write str", os.write, 1, "text")

# rename names both paths: errno and filenames (str(e) shows "'a' -> 'b'" in CPython).
try:
    os.rename("missing", "other")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename, e.filename2)

try:
    os.stat("missing")
except OSError as e:
    print(isinstance(e, FileNotFoundError), isinstance(e, OSError), e.filename2)

e = OSError(2, "No such file or directory", "x")
print(type(e).__name__, e)
print(type(OSError(17, "File exists")).__name__)

import shutil
os.chdir("/")
shutil.rmtree(base)
