# sys.stdout.write returns the number of characters written; print's file= argument; flush.
import sys
n = sys.stdout.write("hello\n")
print(n)
n2 = sys.stdout.write("")
print(n2)
n3 = sys.stdout.write("héllo €\n")
print(n3)
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stdout.write("no newline")
sys.stdout.write(" -- continued\n")
sys.stdout.flush()
print("flushed", flush=True)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.stdout.writable(), hasattr(sys.stdout, "write"))
print("a", "b", sep="", file=None)
