# sys.exit inside try/except SystemExit: the code attribute for ints, strings, None, and no args.
import sys
for arg in [(), (0,), (3,), ("message",), (None,), ((1, 2),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly:", e.code)
try:
    sys.exit(2)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
def cleanup():
    try:
        sys.exit(5)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
print("still running")
