# threading.Condition: wait/notify/notify_all/wait_for and errors.
import threading

cond = threading.Condition()
items = []
log = []

def consumer(i):
    with cond:
        while not items:
            cond.wait()
        log.append(("consumer", i, items.pop(0)))

threads = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for v in ("a", "b", "c"):
    with cond:
        items.append(v)
        cond.notify()
for t in threads:
    t.join()
print(sorted(x[2] for x in log))

# notify_all wakes everyone
flag = []
woken = []
def waiter(i):
    with cond:
        cond.wait_for(lambda: flag)
        woken.append(i)
threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
with cond:
    flag.append(True)
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken))

# wait with a timeout returns False when not notified
with cond:
    print("wait(0.02):", cond.wait(0.02))
    print("wait_for false predicate:", cond.wait_for(lambda: 0, timeout=0.02))
    print("wait_for true predicate:", cond.wait_for(lambda: "yes", timeout=0.02))

# wait returns True when notified
res = []
started = []
def notified_waiter():
    with cond:
        started.append(True)
        cond.notify()          # tell main we are about to wait
        res.append(cond.wait(10))
t = threading.Thread(target=notified_waiter)
with cond:
    t.start()
    # main can only re-acquire once the thread is inside wait()
    cond.wait_for(lambda: started)
    cond.notify()
t.join()
print("notified wait:", res)

# errors on an un-acquired condition
for name in ("notify", "notify_all", "wait"):
    try:
        getattr(cond, name)()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
try:
    cond.wait_for(lambda: True)
except RuntimeError as e:
    print("wait_for RuntimeError:", e)

# Condition with an explicit Lock and context manager return value
lk = threading.Lock()
c2 = threading.Condition(lk)
with c2 as v:
    print("enter returns:", v, "locked:", lk.locked())
print("after:", lk.locked())
print(c2.acquire(), lk.locked())
c2.release()
# notify(n) with nobody waiting is fine
with c2:
    c2.notify(5)
    c2.notify_all()
print("done")
