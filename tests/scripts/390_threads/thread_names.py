# Default thread names "Thread-N (target)", the name kwarg, name/getName/setName.
import threading

def alpha():
    pass

class Callable:
    def __call__(self):
        pass

t1 = threading.Thread(target=alpha)
t2 = threading.Thread()
t3 = threading.Thread(target=alpha, name="custom")   # an explicit name does not use a number
t4 = threading.Thread(target=lambda: None)
t5 = threading.Thread(target=Callable())             # no __name__: plain "Thread-N"
t6 = threading.Thread(target=print)
t7 = threading.Thread(name=123)                      # converted with str()
for t in (t1, t2, t3, t4, t5, t6, t7):
    print(repr(t.name))

t1.name = "renamed"
print(t1.name, t1.getName())
t1.setName("again")
print(t1.name)

print(threading.main_thread().name)
print(threading.current_thread().name)

# name seen from inside the thread
seen = []
t = threading.Thread(target=lambda: seen.append(threading.current_thread().name), name="inner")
t.start()
t.join()
print(seen)

# a Thread subclass without a target
class MyThread(threading.Thread):
    pass
print(MyThread().name)
print(MyThread(name="sub").name)
