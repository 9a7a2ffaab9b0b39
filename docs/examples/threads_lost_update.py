# One lost update in slow motion. Each thread reads the counter, may lose the GIL at
# time.sleep(0), then writes back what it read + 1: the read, add and write of
# `counter += 1`, with an explicit switch point in the middle.
import threading
import time

counter = 0
log = []
go = threading.Event()


def bump(name):
    global counter
    go.wait()  # both threads start from here
    seen = counter  # the read
    log.append(f"{name} reads {seen}")
    time.sleep(0)  # a switch point: another thread may run now
    counter = seen + 1  # the write
    log.append(f"{name} writes {seen + 1}")


threads = [threading.Thread(target=bump, args=(name,)) for name in "AB"]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
print("\n".join(log))
print("counter =", counter)
