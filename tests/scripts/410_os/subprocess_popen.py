# subprocess.Popen: pipes, communicate, poll/wait, signals, context manager.
import subprocess
import sys

p = subprocess.Popen(["echo", "popen"], stdout=subprocess.PIPE)
out, err = p.communicate()
print(out, err, p.returncode, p.args, p.stdin, p.stderr)
print(p)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.returncode, p.poll() is None or p.poll())
out, err = p.communicate(b"round trip")
print(out, err, p.returncode, p.poll(), p.wait())

p = subprocess.Popen(["sh", "-c", "echo one; echo two; echo three; exit 4"],
                     stdout=subprocess.PIPE, text=True)
print(repr(p.stdout.readline()))
for line in p.stdout:
    print("line:", repr(line))
print(p.wait(), p.returncode)
p.stdout.close()

p = subprocess.Popen(["sh", "-c", "printf 'abcdef'"], stdout=subprocess.PIPE)
print(p.stdout.read(2), p.stdout.read(), p.stdout.read())
p.wait()
p.stdout.close()

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("written\n")
p.stdin.write("lines\n")
p.stdin.close()
print(p.stdout.readlines())
print(p.wait())
p.stdout.close()

with subprocess.Popen(["sh", "-c", "echo ctx"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)

p = subprocess.Popen(["sleep", "10"])
print(p.poll())
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
print(p.wait(), p.poll())
p.kill()

p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())

p = subprocess.Popen(["sh", "-c", "sleep 0.3; echo late"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print("timed out:", e.output)
print(p.communicate())
print(p.returncode)

p = subprocess.Popen("echo $X", shell=True, env={"X": "from env"}, stdout=subprocess.PIPE)
print(p.communicate()[0])
p = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdout.write(sys.stdin.read()[::-1])"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate("reversed"), p.returncode)
print(type(p.pid).__name__, p.pid > 0)

import os
print(os.system("exit 3") >> 8, os.system("true"))
sys.stdout.flush()
os.system("echo from os.system")
with os.popen("echo from popen; echo second") as f:
    print(f.read().split())
print(os.popen("exit 2").close(), os.popen("true").close())
print(os.waitstatus_to_exitcode(256 * 3), os.WEXITSTATUS(768), os.WIFEXITED(768), os.WIFSIGNALED(9), os.WTERMSIG(9))
