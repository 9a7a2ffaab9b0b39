# Creating, listing, renaming and removing files and directories with os.
import os
import tempfile

home = os.getcwd()
base = tempfile.mkdtemp()
os.chdir(base)
print(os.getcwd() == base, os.path.samefile(os.getcwd(), base))
print(os.listdir(), os.listdir("."), os.listdir(base) == [])

os.mkdir("d1")
os.mkdir("d2", 0o755)
fd = os.open("f.txt", os.O_WRONLY | os.O_CREAT)
os.write(fd, b"some text\n")
os.close(fd)
print(sorted(os.listdir()))
print(sorted(os.listdir(b".")))
print(os.path.isdir("d1"), os.path.isfile("f.txt"), os.path.exists("nope"))

os.rename("f.txt", "g.txt")
print(sorted(os.listdir()))
os.replace("g.txt", os.path.join("d1", "h.txt"))
print(sorted(os.listdir()), os.listdir("d1"))

fd = os.open("other.txt", os.O_WRONLY | os.O_CREAT)
os.close(fd)
os.replace("other.txt", os.path.join("d1", "h.txt"))
print(sorted(os.listdir()), os.path.getsize(os.path.join("d1", "h.txt")))

os.rename("d2", "d3")
print(sorted(os.listdir()))

os.remove(os.path.join("d1", "h.txt"))
print(os.listdir("d1"))
fd = os.open("x", os.O_CREAT | os.O_WRONLY)
os.close(fd)
os.unlink("x")
os.rmdir("d1")
os.rmdir("d3")
print(os.listdir())

os.makedirs("a/b/c")
os.makedirs("a/b/c", exist_ok=True)
os.makedirs("a/b2/", exist_ok=True)
print(sorted(os.listdir("a")), os.listdir("a/b"))
os.removedirs("a/b/c")
print(os.listdir(), os.listdir("a"))
os.renames("a/b2", "z/y/b2")
print(sorted(os.listdir()), os.listdir("z/y"))

os.chdir("z")
print(os.path.basename(os.getcwd()), os.listdir())
os.chdir("..")
print(os.getcwd() == base)
os.chdir(home)
print(os.getcwd() == home)

os.symlink(os.path.join(base, "z"), os.path.join(base, "link"))
print(os.path.islink(os.path.join(base, "link")), os.readlink(os.path.join(base, "link")) == os.path.join(base, "z"))
print(sorted(os.listdir(base)))

os.chmod(os.path.join(base, "z"), 0o700)
print(oct(os.stat(os.path.join(base, "z")).st_mode & 0o777))
print(os.access(base, os.F_OK), os.access(os.path.join(base, "nope"), os.F_OK))
print(os.access(base, os.R_OK | os.W_OK))

import shutil
shutil.rmtree(base)
print(os.path.exists(base))
