# os.environ is a mapping over the process environment; changes reach child processes.
import os
import subprocess
import sys
from collections.abc import MutableMapping

env = os.environ
print(type(env).__name__, isinstance(env, MutableMapping))
print("PATH" in env, "FERROPY_TEST_NOPE" in env)
print(env.get("FERROPY_TEST_NOPE"), env.get("FERROPY_TEST_NOPE", "default"))
print(os.getenv("FERROPY_TEST_NOPE"), os.getenv("FERROPY_TEST_NOPE", 7))
try:
    env["FERROPY_TEST_NOPE"]
except KeyError as e:
    print("KeyError:", e)

env["FERROPY_TEST_VAR"] = "hello world"
print(env["FERROPY_TEST_VAR"], os.getenv("FERROPY_TEST_VAR"), "FERROPY_TEST_VAR" in env)
print(env.setdefault("FERROPY_TEST_VAR", "other"), env.setdefault("FERROPY_TEST_NEW", "new"))
print(os.environb[b"FERROPY_TEST_VAR"], os.getenvb(b"FERROPY_TEST_NEW"))

out = subprocess.run(["sh", "-c", "echo $FERROPY_TEST_VAR"], capture_output=True, text=True)
print(repr(out.stdout))

del env["FERROPY_TEST_VAR"]
print("FERROPY_TEST_VAR" in env, os.getenv("FERROPY_TEST_VAR"))
out = subprocess.run(["sh", "-c", "echo [$FERROPY_TEST_VAR]"], capture_output=True, text=True)
print(repr(out.stdout))
try:
    del env["FERROPY_TEST_VAR"]
except KeyError as e:
    print("KeyError:", e)

print(env.pop("FERROPY_TEST_NEW"), env.pop("FERROPY_TEST_NEW", "gone"))

for k, v in [(1, "x"), ("X", 2)]:
    try:
        env[k] = v
    except TypeError as e:
        print("TypeError:", e)

copy = env.copy()
print(type(copy).__name__, len(copy) == len(env), sorted(copy) == sorted(env))
print(sum(1 for _ in env) == len(env))
merged = env | {"FERROPY_MERGED": "1"}
print(type(merged).__name__, merged["FERROPY_MERGED"], "FERROPY_MERGED" in env)
env |= {"FERROPY_MERGED": "2"}
print(env["FERROPY_MERGED"])
print(repr(env).startswith("environ({"))

os.putenv("FERROPY_PUT", "direct")
out = subprocess.run(["sh", "-c", "echo $FERROPY_PUT"], capture_output=True, text=True)
print(repr(out.stdout), "FERROPY_PUT" in env)
os.unsetenv("FERROPY_PUT")
for bad in ("", "A=B"):
    try:
        os.putenv(bad, "v")
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
    try:
        os.unsetenv(bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    os.putenv("A", "v\0w")
except ValueError as e:
    print("ValueError:", e)

child = subprocess.run([sys.executable, "-c", "import os; print(os.environ['FERROPY_MERGED'])"],
                       capture_output=True, text=True)
print(repr(child.stdout))
