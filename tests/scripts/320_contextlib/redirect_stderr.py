# redirect_stderr works like redirect_stdout for sys.stderr.
import sys
from contextlib import redirect_stderr, redirect_stdout


class Buffer:
    def __init__(self):
        self.data = ""

    def write(self, s):
        self.data += s

    def flush(self):
        pass


err = Buffer()
original = sys.stderr
with redirect_stderr(err) as target:
    print("to stderr", file=sys.stderr)
    sys.stderr.write("raw write\n")
    print("to stdout still")
    print("same target:", target is err)
print("restored:", sys.stderr is original)
print(repr(err.data))

out, err = Buffer(), Buffer()
with redirect_stdout(out), redirect_stderr(err):
    print("out line")
    print("err line", file=sys.stderr)
print(repr(out.data), repr(err.data))

# redirection objects are reusable
err = Buffer()
r = redirect_stderr(err)
for i in range(2):
    with r:
        print("round", i, file=sys.stderr)
print(repr(err.data))

# restored after an exception inside the block
try:
    with redirect_stderr(Buffer()):
        raise LookupError("inside")
except LookupError as e:
    print("restored after error:", sys.stderr is original, e)
