# Several threads running child processes at once; each waits without the GIL.
import subprocess
import sys
import threading

results = {}
lock = threading.Lock()

def work(i):
    r = subprocess.run(["sh", "-c", f"sleep 0.1; echo worker {i}"], capture_output=True, text=True)
    p = subprocess.run([sys.executable, "-c", f"print({i} * {i})"], capture_output=True, text=True)
    with lock:
        results[i] = (r.stdout.strip(), p.stdout.strip(), r.returncode)

threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in sorted(results):
    print(i, results[i])

procs = [subprocess.Popen(["sh", "-c", f"exit {i}"]) for i in range(5)]
print([p.wait() for p in procs])

done = []
def waiter(p):
    done.append(p.wait())
p = subprocess.Popen(["sleep", "0.2"])
ts = [threading.Thread(target=waiter, args=(p,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(done, p.returncode)
