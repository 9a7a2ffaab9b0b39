# subprocess.run: capturing output, text mode, input, return codes.
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run(["echo", "hi"], capture_output=True, text=True)
print(r)
print(subprocess.run(["true"]))
print(subprocess.run(["false"]))
print(subprocess.run(["sh", "-c", "exit 7"]).returncode)
print(subprocess.run("echo shell $((6 * 7))", shell=True, stdout=subprocess.PIPE))
print(subprocess.run("exit 3", shell=True))
print(subprocess.run(["sh", "-c", "echo out; echo err >&2"], capture_output=True))
print(subprocess.run(["sh", "-c", "echo out; echo err >&2; echo out2"],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
print(subprocess.run(["sh", "-c", "echo e >&2"], stderr=subprocess.PIPE))
print(subprocess.run(["echo", "quiet"], stdout=subprocess.DEVNULL))
print(subprocess.run(["cat"], input=b"bytes in", capture_output=True))
print(subprocess.run(["cat"], input="line1\r\nline2\rline3\n", capture_output=True, text=True))
print(subprocess.run(["cat"], input="", capture_output=True, text=True))
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True))
print(subprocess.run(["wc", "-c"], input=b"x" * 100000, capture_output=True).stdout.split())
print(len(subprocess.run(["sh", "-c", "yes | head -c 300000"], capture_output=True).stdout))
print(subprocess.run(["printf", "caf\xc3\xa9"], capture_output=True).stdout)
print(subprocess.run(["printf", "café"], capture_output=True, encoding="utf-8"))
print(subprocess.run(["printf", "a\\nb"], capture_output=True, universal_newlines=True).stdout)

r = subprocess.run([sys.executable, "-c", "print(6 * 7); import sys; print('e', file=sys.stderr)"],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run([sys.executable, "-c", "import sys; sys.exit(5)"])
print(r.returncode)
r = subprocess.run([sys.executable, "-c", "print(input().upper())"], input="shout\n",
                   capture_output=True, text=True)
print(repr(r.stdout))

print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", "echo $A-$B"], env={"A": "1", "B": "two"},
                     capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", "echo [$HOME]"], env={}, capture_output=True).stdout)

print(subprocess.check_output(["echo", "checked"]))
print(subprocess.check_output(["echo", "checked"], text=True))
print(subprocess.check_output("echo a; echo b >&2", shell=True, stderr=subprocess.STDOUT))
print(subprocess.check_output(["cat"], input=b"via input"))
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.check_call(["true"]))
print(subprocess.getoutput("echo hello; echo there"), subprocess.getstatusoutput("echo x; exit 4"))
print(subprocess.getstatusoutput("nonexistent-cmd-xyz 2>/dev/null"))

sys.stdout.flush()
subprocess.run(["echo", "child writes straight to our stdout"])
subprocess.run([sys.executable, "-c", "print('ferropy child too')"])
print("after children")
