# threading.Event: set/clear/is_set/wait.
import threading

ev = threading.Event()
print(type(ev).__name__, ev.is_set())
print("wait(0.02) unset:", ev.wait(0.02))
print("wait(0) unset:", ev.wait(0))
ev.set()
print("is_set:", ev.is_set())
print("wait() set:", ev.wait())
print("wait(0.01) set:", ev.wait(0.01))
ev.set()   # setting twice is fine
ev.clear()
print("after clear:", ev.is_set(), ev.wait(0.01))

# threads waiting on the event are released by set()
start = threading.Event()
results = []
lock = threading.Lock()
def waiter(i):
    got = start.wait(5)
    with lock:
        results.append((i, got))
threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
print("before set:", results)
start.set()
for t in threads:
    t.join()
print(sorted(results))

# an event set from another thread
done = threading.Event()
t = threading.Thread(target=done.set)
t.start()
print("wait for other thread:", done.wait(5))
t.join()

# ping-pong between two threads with two events
ping, pong = threading.Event(), threading.Event()
trace = []
def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        trace.append(f"pong{i}")
        pong.set()
t = threading.Thread(target=player)
t.start()
for i in range(3):
    trace.append(f"ping{i}")
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(trace)
