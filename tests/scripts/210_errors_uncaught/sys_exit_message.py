# sys.exit("msg"): the message goes to stderr, exit code is 1; stdout holds only earlier prints.
import sys
print("about to exit with a message")
data = {"ok": False}
if not data["ok"]:
    sys.exit("fatal: data not ok")
print("never printed")
for k in data:
    print(k)
print("still never printed")
