# The os module's constants and simple process-level functions.
import os
import sys

print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.extsep)
print(os.pathsep, os.defpath, os.altsep, os.devnull)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.error is OSError)

pid = os.getpid()
print(type(pid).__name__, pid > 0, os.getpid() == pid)
print(type(os.getppid()).__name__, os.getppid() > 0, os.getppid() != pid)
n = os.cpu_count()
print(type(n).__name__, n >= 1)

print(os.strerror(2))
print(os.strerror(13))
print(os.strerror(17))

r = os.urandom(16)
print(type(r).__name__, len(r), os.urandom(0))
print(os.urandom(16) != os.urandom(16))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)

print(os.fspath("a/b"), os.fspath(b"a/b"))

class P:
    def __fspath__(self):
        return "from/fspath"

print(os.fspath(P()))
print(isinstance(P(), os.PathLike), issubclass(P, os.PathLike), isinstance("x", os.PathLike))
for bad in (3, None, [1]):
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError:", e)

class Bad:
    def __fspath__(self):
        return 42

try:
    os.fspath(Bad())
except TypeError as e:
    print("TypeError:", e)

print(os.fsencode("abc"), os.fsdecode(b"abc"), os.fsencode(P()))
print(os.get_exec_path({"PATH": "/x:/y"}), os.get_exec_path({}))

import os.path
from os import path
print(path is os.path, sys.modules["os.path"] is os.path, os.path.__name__)
print(callable(os.getcwd), callable(os.listdir), callable(os.walk))
