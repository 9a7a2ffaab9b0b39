# open(): mode strings and argument checking, with CPython's exact messages.
import _scratch

p = _scratch.path("modes.txt")


def attempt(*args, **kwargs):
    try:
        f = open(*args, **kwargs)
    except Exception as e:
        print(_scratch.show(e))
    else:
        print("ok", type(f).__name__, f.mode)
        f.close()


try:
    with open(p, "w") as f:
        f.write("data\n")
    for mode in ["rw", "rr", "q", "", "b", "t", "bt", "rU", "U", "r+b+", "wx",
                 "ra", "x+", "w+t", "U+", "Ur", "+", "rb", "rt", "r+", "a+b",
                 "br", "tr", "+r", "ab+", "r\u00e9"]:
        print(repr(mode), end=" -> ")
        attempt(p, mode)
    attempt(p, "rb", encoding="utf-8")
    attempt(p, "rb", errors="strict")
    attempt(p, "rb", newline="")
    attempt(p, "r", buffering=0)
    attempt(p, "rb", buffering=0)
    attempt(p, "r", newline="x")
    attempt(p, "r", newline="\n\r")
    attempt(p, "r", encoding="no-such-codec")
    attempt(p, "r", encoding=5)
    attempt(p, "r", errors=5)
    attempt(p, "r", newline=5)
    attempt(p, 5)
    attempt(p, "r", "x")
    attempt(5.0)
    attempt(None)
    attempt([p])
    attempt(p, closefd=False)
    attempt("a\0b")
    attempt()
    attempt(p, "r", -1, None, None, None, True, None, 3)
    attempt(p, bogus=3)
    attempt(file=p, mode="r")
    attempt(p, mode="rb", buffering=4096)
    # The mode string is kept exactly as given on the text wrapper.
    f = open(p, "rt")
    print(repr(f.mode), repr(f.buffer.mode), repr(f.buffer.raw.mode))
    f.close()
    f = open(p, "a+")
    print(repr(f.mode), repr(f.buffer.mode))
    f.close()
finally:
    _scratch.cleanup()
