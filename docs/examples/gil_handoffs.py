# Two CPU-bound threads and a sleeper, to watch with --trace=gil or --gil-timeline=FILE.svg.
# What the program prints does not depend on the schedule; the trace (on stderr) does.
import threading
import time

results = {}


def spin(n):
    total = 0
    for i in range(n):
        total += i
    results[threading.current_thread().name] = total


def nap():
    time.sleep(0.01)  # releases the GIL for 10 ms
    results["napper"] = "rested"


threads = [threading.Thread(target=spin, args=(2_000_000,), name=f"spin-{k}") for k in range(2)]
threads.append(threading.Thread(target=nap, name="napper"))
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, results[name])
