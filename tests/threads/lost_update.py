# Four threads each add 1 to a shared counter 100,000 times without a lock.
# `counter += 1` is LOAD_GLOBAL, BINARY_OP, STORE_GLOBAL: a switch between the load
# and the store loses the other threads' updates.
import threading

counter = 0


def work():
    global counter
    for _ in range(100_000):
        counter += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
