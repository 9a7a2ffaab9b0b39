# sys.exit(4) called from inside an except block: SystemExit propagates past later handlers.
import sys
def risky():
    raise KeyError("config")
try:
    risky()
except KeyError as e:
    print("fatal error:", e)
    try:
        sys.exit(4)
    except ValueError:
        print("not this handler")
print("not reached")
