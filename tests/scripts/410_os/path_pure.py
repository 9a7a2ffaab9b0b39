# os.path string manipulation (posixpath), for str and bytes.
import os.path as p

print(p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/b", "c"), p.join("a", ""), p.join(""))
print(p.join(b"a", b"b"), p.join("/"), p.join("a", "b/", "c/"))
print(p.split("a/b/c"), p.split("/a"), p.split("a/"), p.split("abc"), p.split("//x//y"), p.split("/"))
print(p.splitext("file.tar.gz"), p.splitext(".bashrc"), p.splitext("a/b.c/d"), p.splitext("x."), p.splitext("..a"))
print(p.splitext(b"f.py"), p.splitdrive("/a/b"))
print(p.basename("/a/b.txt"), repr(p.basename("/a/")), p.dirname("/a/b.txt"), repr(p.dirname("b.txt")), p.dirname("//a"))
print(p.isabs("/x"), p.isabs("x"), p.isabs(b"/x"), p.isabs(""))
for s in ["", ".", "/", "//", "///", "a//b", "a/./b", "a/../b", "../../a", "/../a", "a/b/../../..", "./a/", "/a/b/c/../../d"]:
    print(repr(s), "->", repr(p.normpath(s)))
print(p.normpath(b"a//b/../c"))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), repr(p.commonprefix([])), p.commonprefix(["abc"]))
print(p.commonprefix([["a", "b"], ["a", "c"]]))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b", "a/c/d", "a"]), p.commonpath([b"/x/y", b"/x/z"]))
for bad in [[], ["/a", "b"]]:
    try:
        p.commonpath(bad)
    except ValueError as e:
        print("ValueError:", e)
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/x/y", "/x/y"), p.relpath("/a/b", "/c/d"))
try:
    p.relpath("")
except ValueError as e:
    print("ValueError:", e)
print(p.normcase("A/B"), p.sep, p.curdir, p.pardir, p.extsep, p.pathsep, p.defpath, p.altsep, p.devnull)

import os
os.environ["HOME"] = "/home/tester"
os.environ["FERRO_V"] = "value"
print(p.expanduser("~"), p.expanduser("~/x/y"), p.expanduser("x/~"), p.expanduser(b"~/b"))
os.environ["HOME"] = "/home/slash/"
print(p.expanduser("~/z"))
for s in ["$FERRO_V/x", "${FERRO_V}y", "$NOPE_NOPE/x", "a$", "${FERRO_V", "$$FERRO_V", "${}", "$FERRO_V$FERRO_V", "no vars"]:
    print(repr(s), "->", repr(p.expandvars(s)))
print(p.expandvars(b"$FERRO_V/b"))

for args in [("a", b"b"), (1,), ("a", None)]:
    try:
        p.join(*args)
    except TypeError as e:
        print("TypeError:", e)
for f in [p.basename, p.dirname, p.split, p.splitext, p.normpath, p.isabs]:
    try:
        f(3)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)

class PL:
    def __fspath__(self):
        return "/p/l.txt"

print(p.basename(PL()), p.join(PL(), "x"), p.splitext(PL()))
