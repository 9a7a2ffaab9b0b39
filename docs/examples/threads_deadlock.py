# Two threads take two locks in opposite orders. Run it with --deterministic=SEED: the
# virtual clock makes the 5-second join instant, and the deadlock becomes a RuntimeError.
# (Without the flag the last join waits forever, as it does in CPython.)
import threading
import time

a = threading.Lock()
b = threading.Lock()


def one():
    with a:
        time.sleep(0.1)  # long enough for two() to take b
        with b:
            print("one got both")


def two():
    with b:
        time.sleep(0.1)
        with a:
            print("two got both")


t1 = threading.Thread(target=one, daemon=True)
t2 = threading.Thread(target=two, daemon=True)
start = time.monotonic()
t1.start()
t2.start()
t1.join(timeout=5)
print(f"after join(timeout=5): {time.monotonic() - start:.1f} s, alive: {t1.is_alive()}, {t2.is_alive()}")
try:
    t1.join()
except RuntimeError as e:
    print("RuntimeError:", e)
