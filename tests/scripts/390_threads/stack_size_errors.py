# _thread.stack_size argument checks, and a thread started with a custom stack size.
import _thread
import threading

for v in [10**20, -1, "x", 100, 32767]:
    try:
        _thread.stack_size(v)
    except Exception as e:
        print(type(e).__name__, e)
print(_thread.stack_size())
print(_thread.stack_size(1 << 20))
out = []
t = threading.Thread(target=lambda: out.append(sum(range(1000))))
t.start()
t.join()
print(out, _thread.stack_size(0), _thread.stack_size())
