# tempfile: mkdtemp, mkstemp, gettempdir and TemporaryDirectory.
import os
import tempfile

tmp = tempfile.gettempdir()
print(type(tmp).__name__, os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempdir() == tmp)
print(type(tempfile.gettempdirb()).__name__, tempfile.gettempprefix(), tempfile.gettempprefixb())

d = tempfile.mkdtemp()
print(os.path.dirname(d) == tmp, os.path.basename(d).startswith("tmp"), len(os.path.basename(d)))
print(oct(os.stat(d).st_mode & 0o777), os.listdir(d))

names = {tempfile.mkdtemp(dir=d) for _ in range(20)}
print(len(names), all(os.path.isdir(n) for n in names))
print(sorted(set(len(os.path.basename(n)) for n in names)))
chars = set("".join(os.path.basename(n)[3:] for n in names))
print(chars <= set("abcdefghijklmnopqrstuvwxyz0123456789_"))

sub = tempfile.mkdtemp(prefix="pre_", suffix="_suf", dir=d)
print(os.path.basename(sub).startswith("pre_"), sub.endswith("_suf"), os.path.dirname(sub) == d)
b = tempfile.mkdtemp(dir=d.encode())
print(type(b).__name__, os.path.isdir(b))
try:
    tempfile.mkdtemp(prefix=b"x", dir=d)
except TypeError as e:
    print("TypeError:", e)

fd, path = tempfile.mkstemp(suffix=".dat", prefix="data", dir=d)
print(type(fd).__name__, os.path.basename(path).startswith("data"), path.endswith(".dat"))
print(oct(os.stat(path).st_mode & 0o777), os.path.getsize(path))
os.write(fd, b"payload")
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.close(fd)
fd2, path2 = tempfile.mkstemp(text=True, dir=d)
os.close(fd2)
print(path2 != path)

name = tempfile.mktemp(dir=d)
print(os.path.exists(name), os.path.dirname(name) == d)

with tempfile.TemporaryDirectory() as t:
    print(type(t).__name__, os.path.isdir(t), os.path.dirname(t) == tmp)
    os.makedirs(os.path.join(t, "x", "y"))
    fd = os.open(os.path.join(t, "x", "y", "z"), os.O_CREAT | os.O_WRONLY)
    os.close(fd)
print(os.path.exists(t))

td = tempfile.TemporaryDirectory(prefix="keep", dir=d)
print(repr(td).startswith("<TemporaryDirectory "), os.path.basename(td.name).startswith("keep"))
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()

td = tempfile.TemporaryDirectory(dir=d)
gone = td.name
del td
import gc
gc.collect()
print(os.path.exists(gone))

old = tempfile.tempdir
tempfile.tempdir = d
print(tempfile.gettempdir() == d, os.path.dirname(tempfile.mkdtemp()) == d)
tempfile.tempdir = old

import shutil
shutil.rmtree(d)
print(os.path.exists(d))
