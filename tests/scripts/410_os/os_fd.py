# Raw file descriptors: os.open, read, write, lseek, fstat, close.
import os
import sys
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, "f")

fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
print(type(fd).__name__, fd > 2)
print(os.write(fd, b"hello "), os.write(fd, bytearray(b"world\n")))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_SET))
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 100))
print(os.lseek(fd, -6, os.SEEK_END), os.read(fd, 3))
print(os.fstat(fd).st_size, os.stat(fd).st_size)
os.ftruncate(fd, 5)
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
print(os.isatty(fd))
os.close(fd)
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e)

fd = os.open(path, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"!!")
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 100))
try:
    os.write(fd, b"no")
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(fd)

try:
    os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.filename == path)

fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
os.close(fd)
print(os.path.getsize(path))

try:
    os.read(0, -1)
except OSError as e:
    print(type(e).__name__, e)

sys.stdout.flush()
print(os.write(1, b"written to fd 1\n"))
os.truncate(path, 3)
print(os.path.getsize(path))

import shutil
shutil.rmtree(base)
