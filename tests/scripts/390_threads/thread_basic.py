# threading.Thread with target/args/kwargs, is_alive, ident, native_id.
import threading

out = []

def work(a, b, scale=1, **extra):
    out.append((a + b) * scale)
    out.append(sorted(extra.items()))

t = threading.Thread(target=work, args=(2, 3), kwargs={"scale": 10, "tag": "x"})
print("ident before start:", t.ident)
print("native_id before start:", t.native_id)
print("alive before start:", t.is_alive())
t.start()
t.join()
print("alive after join:", t.is_alive())
print("ident is int:", type(t.ident) is int)
print("native_id is int:", type(t.native_id) is int)
print("ident differs from main:", t.ident != threading.get_ident())
print(out)

# args may be any iterable (a list here)
t2 = threading.Thread(target=out.append, args=["from list"])
t2.start()
t2.join()
print(out[-1])

# no target: run() does nothing
t3 = threading.Thread()
t3.start()
t3.join()
print("no target ok:", t3.is_alive())

# join returns None, and a second join is fine
print("join again:", t.join(), t.join(0))

# return values of target are discarded
t4 = threading.Thread(target=lambda: 42)
t4.start()
print("join returns:", t4.join())

# several threads
results = [None] * 5
def square(i):
    results[i] = i * i
threads = [threading.Thread(target=square, args=(i,)) for i in range(5)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(results)
print(all(not th.is_alive() for th in threads))
