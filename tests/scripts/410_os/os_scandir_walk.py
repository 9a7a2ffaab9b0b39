# os.scandir's DirEntry objects and os.walk over a small tree.
import os
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
os.makedirs("top/a/deep")
os.makedirs("top/b")
for name in ["top/f1.txt", "top/a/f2.txt", "top/a/deep/f3.txt"]:
    os.close(os.open(name, os.O_CREAT | os.O_WRONLY))
os.symlink("a", "top/link_to_a")
os.symlink("missing", "top/dangling")

with os.scandir("top") as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
print(os.fspath(entries[0]), isinstance(entries[0], os.PathLike))
print(type(entries[0]).__name__, type(entries[0]).__module__)
print(entries[0].inode() == os.stat("top/a").st_ino)
print(entries[3].stat().st_size, entries[4].stat().st_size == entries[0].stat().st_size)
try:
    entries[2].stat()
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
print(entries[2].stat(follow_symlinks=False).st_size)

names = sorted(e.name for e in os.scandir())
print(names, [e.path for e in os.scandir()])
print(sorted(e.path for e in os.scandir(b"top"))[:2])
it = os.scandir("top")
print(next(it).name in names + os.listdir("top"))
it.close()
print(list(it))

for root, dirs, files in os.walk("top"):
    dirs.sort()
    print(root, dirs, sorted(files))
print("-- bottom up")
for root, dirs, files in os.walk("top", topdown=False):
    print(root, sorted(dirs), sorted(files))
print("-- follow links")
for root, dirs, files in os.walk("top", followlinks=True):
    dirs.sort()
    print(root, dirs, sorted(files))
print("-- pruned")
for root, dirs, files in os.walk("top"):
    dirs[:] = [d for d in dirs if d != "a"]
    print(root, sorted(dirs), sorted(files))
print("-- errors")
errors = []
print(list(os.walk("missing")), list(os.walk("missing", onerror=errors.append)))
print([(type(e).__name__, e.filename) for e in errors])
total = sum(len(files) for _, _, files in os.walk(b"top"))
print(total, next(os.walk(b"top"))[0])

import shutil
os.chdir("/")
shutil.rmtree(base)
