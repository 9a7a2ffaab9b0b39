# os.stat and os.stat_result: fields, tuple view, times set with os.utime.
import os
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, "data.bin")
fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o640)
os.write(fd, b"0123456789" * 10)
os.close(fd)

st = os.stat(path)
print(type(st).__name__, type(st).__module__, isinstance(st, tuple), len(st))
print(st.st_size, st[6], st.st_size == os.path.getsize(path))
print(oct(st.st_mode & 0o777), st.st_mode >> 12 == 0o10, st.st_nlink)
print(st.st_mode == st[0], st.st_ino == st[1], st.st_dev == st[2])
print(type(st.st_mtime).__name__, type(st[8]).__name__, int(st.st_mtime) == st[8])
print(type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8])
print(st.n_sequence_fields, st.n_fields, st.n_unnamed_fields)
print(st.st_blksize > 0, st.st_blocks >= 0, type(st.st_rdev).__name__)

os.utime(path, (1000000000, 1200000000.5))
st = os.stat(path)
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
print(os.path.getmtime(path), os.path.getatime(path))
os.utime(path, ns=(5 * 10**9, 7 * 10**9 + 123))
st = os.stat(path)
print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
try:
    os.utime(path, (1, 2), ns=(1, 2))
except ValueError as e:
    print("ValueError:", e)

dst = os.stat(base)
print(dst.st_mode >> 12 == 0o4, os.path.isdir(base))

link = os.path.join(base, "link")
os.symlink(path, link)
print(os.stat(link).st_size, os.lstat(link).st_size == len(path))
print(os.stat(link, follow_symlinks=False).st_mode >> 12 == 0o12)
print(os.path.islink(link), os.path.islink(path), os.path.lexists(link))
os.remove(path)
print(os.path.exists(link), os.path.lexists(link))

r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r)
print(r.st_mode, r.st_size, r.st_atime, r.st_mtime, r.st_atime_ns)
r = os.stat_result(range(10, 29))
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize, r.st_rdev, r[7])
try:
    os.stat_result((1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    r.st_size = 5
except AttributeError as e:
    print("AttributeError:", e)
a, b, *rest = r
print(a, b, len(rest), r[-1], r[2:4])

import shutil
shutil.rmtree(base)
