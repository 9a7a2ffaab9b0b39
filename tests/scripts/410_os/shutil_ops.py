# shutil: copying, moving and removing trees, and which().
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)

def write(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, data)
    os.close(fd)

def read(path):
    fd = os.open(path, os.O_RDONLY)
    data = os.read(fd, 1 << 20)
    os.close(fd)
    return data

os.makedirs("src/sub/deeper")
write("src/a.txt", b"alpha")
write("src/b.py", b"print('b')")
write("src/sub/c.txt", b"gamma" * 1000)
write("src/sub/deeper/d.pyc", b"\x00\x01")

print(shutil.copyfile("src/a.txt", "copy.txt"), read("copy.txt"))
os.chmod("src/b.py", 0o751)
print(shutil.copy("src/b.py", "."), oct(os.stat("b.py").st_mode & 0o777))
os.mkdir("dst")
print(shutil.copy("src/a.txt", "dst"), os.listdir("dst"))
os.utime("src/a.txt", (1000000000, 1100000000))
print(shutil.copy2("src/a.txt", "a2.txt"), os.stat("a2.txt").st_mtime)
shutil.copymode("src/b.py", "copy.txt")
print(oct(os.stat("copy.txt").st_mode & 0o777))
try:
    shutil.copyfile("src/a.txt", "src/a.txt")
except shutil.SameFileError as e:
    print("SameFileError:", e)
try:
    shutil.copyfile("missing.txt", "x")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    shutil.copyfile("src/a.txt", "nodir/x")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)

print(shutil.copytree("src", "tree"))
for root, dirs, files in sorted(os.walk("tree")):
    print(root, sorted(dirs), sorted(files))
print(read("tree/sub/c.txt") == b"gamma" * 1000)
shutil.copytree("src", "tree2", ignore=shutil.ignore_patterns("*.pyc", "c*"))
print(sorted(p for p, _, fs in os.walk("tree2")), sorted(f for _, _, fs in os.walk("tree2") for f in fs))
try:
    shutil.copytree("src", "tree")
except FileExistsError as e:
    print("FileExistsError:", e)
shutil.copytree("src", "tree", dirs_exist_ok=True)

print(shutil.move("copy.txt", "moved.txt"), os.path.exists("copy.txt"))
print(shutil.move("moved.txt", "dst"), sorted(os.listdir("dst")))
print(shutil.move("tree2", "dst/tree2"), os.path.isdir("dst/tree2/sub"))
try:
    shutil.move("a2.txt", "dst")
    shutil.move("src/a.txt", "dst")
except shutil.Error as e:
    print("Error:", e)

shutil.rmtree("tree")
print(os.path.exists("tree"))
try:
    shutil.rmtree("missing")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
shutil.rmtree("missing", ignore_errors=True)
calls = []
shutil.rmtree("missing", onerror=lambda f, p, ei: calls.append((f.__name__, p, ei[0].__name__)))
print(calls)
os.symlink("src", "srclink")
try:
    shutil.rmtree("srclink")
except OSError as e:
    print("OSError:", e)
try:
    shutil.rmtree("b.py")
except NotADirectoryError as e:
    print("NotADirectoryError:", e)

print(shutil.which("sh") is not None, shutil.which("definitely-not-a-program"))
os.mkdir("bin")
write("bin/tool", b"#!/bin/sh\necho tool\n")
write("bin/plain", b"data")
os.chmod("bin/tool", 0o755)
print(shutil.which("tool", path="bin"), shutil.which("plain", path="bin"), shutil.which("tool", path=""))
print(shutil.which("./bin/tool"), shutil.which("bin/plain"))
os.environ["COLUMNS"] = "123"
os.environ["LINES"] = "45"
print(shutil.get_terminal_size(), tuple(shutil.get_terminal_size((10, 20))))

os.chdir("/")
shutil.rmtree(base)
print(os.path.exists(base))
