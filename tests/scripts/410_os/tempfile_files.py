# tempfile's file objects: NamedTemporaryFile and TemporaryFile (need open()).
import os
import tempfile

d = tempfile.mkdtemp()
with tempfile.NamedTemporaryFile(dir=d, suffix=".txt") as f:
    print(os.path.exists(f.name), f.name.endswith(".txt"), os.path.dirname(f.name) == d)
    f.write(b"hello temp\n")
    f.flush()
    print(os.path.getsize(f.name))
    f.seek(0)
    print(f.read())
    name = f.name
print(os.path.exists(name))

f = tempfile.NamedTemporaryFile("w+", dir=d, delete=False)
f.write("kept\n")
f.close()
print(os.path.exists(f.name))
with open(f.name) as g:
    print(repr(g.read()))
os.remove(f.name)

with tempfile.NamedTemporaryFile(mode="w", dir=d) as f:
    print(f.write("text"), f.closed)
print(f.closed)

with tempfile.TemporaryFile() as t:
    t.write(b"anonymous")
    t.seek(0)
    print(t.read())
print(os.listdir(d))

import shutil
shutil.rmtree(d)
