# formatwarning / showwarning / WarningMessage text, and replacing the hooks.
import warnings

print(repr(warnings.formatwarning("msg", UserWarning, "no_such_file_xyz.py", 10)))
print(repr(warnings.formatwarning("msg", RuntimeWarning, "no_such_file_xyz.py", 3, line="   x = 1  ")))
print(repr(warnings.formatwarning(ValueError("odd"), DeprecationWarning, "<stdin>", 0, line="")))
print(repr(warnings.formatwarning("m", FutureWarning, "pkg/mod.py", 99, "\tcode()\n")))

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

buf = Buf()
warnings.showwarning("shown", UserWarning, "no_such_file_xyz.py", 5, file=buf, line="src()")
warnings.showwarning(RuntimeWarning("as instance"), RuntimeWarning, "f", 1, buf, "")
print(buf.parts)

m = warnings.WarningMessage(UserWarning("hello"), UserWarning, "f.py", 7)
print(str(m))
print(m.message, m.category.__name__, m.filename, m.lineno, m.file, m.line, m.source)
m2 = warnings.WarningMessage("text", None, "g.py", 8, line="l")
print(str(m2))
print(warnings.WarningMessage._WARNING_DETAILS)

# A replaced showwarning receives the details.
seen = []
def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, file, line))
old = warnings.showwarning
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("to my hook")
    warnings.warn("again", FutureWarning)
print(seen)
print(warnings.showwarning is old)

# A replaced formatwarning is used when writing to a file.
def my_format(message, category, filename, lineno, line=None):
    return "[%s] %s\n" % (category.__name__, message)
saved = warnings.formatwarning
warnings.formatwarning = my_format
buf = Buf()
warnings.showwarning("custom format", UserWarning, "x.py", 1, file=buf)
warnings.formatwarning = saved
print(buf.parts)
