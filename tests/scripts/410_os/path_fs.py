# os.path queries that look at the file system.
import os
import os.path as p
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
os.mkdir("d")
fd = os.open("d/f.txt", os.O_CREAT | os.O_WRONLY)
os.write(fd, b"12345")
os.close(fd)
os.symlink("d/f.txt", "flink")
os.symlink("d", "dlink")
os.symlink("nowhere", "broken")

for name in ["d", "d/f.txt", "flink", "dlink", "broken", "missing", ""]:
    print(repr(name), p.exists(name), p.lexists(name), p.isfile(name), p.isdir(name), p.islink(name))
print(p.exists("a\0b"), p.isfile(b"d/f.txt"), p.isdir(3.5) if False else "-")
print(p.getsize("d/f.txt"), p.getsize("flink"))
try:
    p.getsize("missing")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)

cwd = os.getcwd()
print(p.abspath("x") == p.join(cwd, "x"), p.abspath("/a/../b"), p.abspath("d/../x") == p.join(cwd, "x"))
print(p.abspath(b".") == os.getcwdb())
print(p.realpath("flink") == p.join(p.realpath(cwd), "d", "f.txt"))
print(p.realpath("dlink/f.txt") == p.join(p.realpath(cwd), "d", "f.txt"))
print(p.realpath("broken") == p.join(p.realpath(cwd), "nowhere"))
os.symlink("loop2", "loop1")
os.symlink("loop1", "loop2")
print(p.realpath("loop1") == p.join(p.realpath(cwd), "loop1"))
try:
    p.realpath("loop1", strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
print(p.samefile("flink", "d/f.txt"), p.samefile("d", "dlink"), p.samefile("d", "."))
print(p.ismount("/"), p.ismount("d"))
print(p.getmtime("d/f.txt") == os.stat("d/f.txt").st_mtime)

import shutil
os.chdir("/")
shutil.rmtree(base)
print(p.exists(base))
