# subprocess errors: CalledProcessError, TimeoutExpired, missing programs, bad arguments.
import subprocess
import sys

try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
    print(isinstance(e, subprocess.SubprocessError), e.args)

try:
    subprocess.run(["sh", "-c", "echo partial; echo bad >&2; exit 2"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stderr)

try:
    subprocess.check_output("exit 9", shell=True)
except subprocess.CalledProcessError as e:
    print(e)

try:
    subprocess.check_call(["sh", "-c", "exit 3"])
except subprocess.CalledProcessError as e:
    print(e)

for rc in (-9, -15, -99):
    print(subprocess.CalledProcessError(rc, "cmd"))

r = subprocess.run(["sh", "-c", "kill -9 $$"])
print(r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
subprocess.run(["true"]).check_returncode()

try:
    subprocess.run(["sleep", "5"], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout, e.output, e.stderr)
    print(e)

try:
    subprocess.run(["sh", "-c", "echo before; sleep 5"], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e, e.stdout)

try:
    subprocess.check_output(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)

print(subprocess.TimeoutExpired(["x"], 1.5))
print(subprocess.TimeoutExpired("cmd", 2, output=b"o").stdout)

for args, kw in [(["no-such-program-xyz"], {}),
                 (["no-such-program-xyz", "arg"], {"capture_output": True}),
                 (["/no/such/path"], {}),
                 (["ls"], {"cwd": "/no/such/dir"}),
                 (["/etc/passwd"], {}),
                 (["ls"], {"cwd": "/etc/passwd"})]:
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        print(type(e).__name__, e, repr(e.filename))

for kw in [{"input": b"x", "stdin": subprocess.PIPE},
           {"capture_output": True, "stdout": subprocess.PIPE},
           {"capture_output": True, "stderr": subprocess.DEVNULL}]:
    try:
        subprocess.run(["true"], **kw)
    except ValueError as e:
        print("ValueError:", e)
for kw in [{"stdout": None}, {"check": False}]:
    try:
        subprocess.check_output(["true"], **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    subprocess.run(["echo", 3])
except TypeError as e:
    print("TypeError:", e)
try:
    subprocess.run(["true"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print("SubprocessError:", e)

r = subprocess.CompletedProcess(["a", "b"], 0)
print(r, r.stdout, r.stderr)
print(subprocess.CompletedProcess("cmd", 1, "out", b"err"))
try:
    subprocess.CompletedProcess("cmd", 1, "out", b"err").check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stderr)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
