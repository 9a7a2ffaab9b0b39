# redirect_stdout sends print() output to any object with a write method.
import sys
from contextlib import redirect_stdout


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


c = Collector()
with redirect_stdout(c) as target:
    print("hello")
    print("a", "b", sep="-", end="!")
    print(target is c)
print("captured parts:", c.parts)
print("joined:", repr("".join(c.parts)))

# sys.stdout is restored afterwards, even after an exception
original = sys.stdout
try:
    with redirect_stdout(Collector()):
        raise ValueError("inside redirect")
except ValueError as e:
    print("restored after error:", sys.stdout is original, e)

# nested redirects
outer, inner = Collector(), Collector()
with redirect_stdout(outer):
    print("to outer 1")
    with redirect_stdout(inner):
        print("to inner")
    print("to outer 2")
print(outer.parts)
print(inner.parts)

# explicit file= arguments still go to the given file
c2 = Collector()
with redirect_stdout(c2):
    print("explicit", file=original)
    print("redirected")
print(c2.parts)

# sys.stdout.write goes through the redirect too
c3 = Collector()
with redirect_stdout(c3):
    sys.stdout.write("direct write\n")
print(c3.parts)

# reusable and reentrant
c4 = Collector()
r = redirect_stdout(c4)
with r:
    print("first")
    with r:
        print("nested same object")
with r:
    print("again")
print(c4.parts)
print(sys.stdout is original)


class Upper:
    def write(self, s):
        original.write(s.upper())


with redirect_stdout(Upper()):
    print("shouted text")
