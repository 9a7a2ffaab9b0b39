# Queue.task_done / join and unfinished_tasks.
import queue
import threading

q = queue.Queue()
print("join on empty queue returns:", q.join())
for i in range(5):
    q.put(i)
print("unfinished:", q.unfinished_tasks)

processed = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        processed.append(item * 10)
        q.task_done()

t = threading.Thread(target=worker)
t.start()
q.join()
print("after join:", sorted(processed), "unfinished:", q.unfinished_tasks)
q.put(None)
q.join()
t.join()
print("worker finished:", not t.is_alive())

try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# get() alone does not mark the task done
q2 = queue.Queue()
q2.put("a")
q2.get()
print("unfinished after get:", q2.unfinished_tasks, "empty:", q2.empty())
q2.task_done()
print("unfinished after task_done:", q2.unfinished_tasks)

# join blocks until every task is done
q3 = queue.Queue()
for i in range(3):
    q3.put(i)
joined = threading.Event()
def joiner():
    q3.join()
    joined.set()
j = threading.Thread(target=joiner)
j.start()
for _ in range(2):
    q3.get()
    q3.task_done()
print("joined with one left:", joined.wait(0.05))
q3.get()
q3.task_done()
print("joined after last:", joined.wait(5))
j.join()

# SimpleQueue has no task_done / join
print(hasattr(queue.SimpleQueue(), "task_done"), hasattr(queue.SimpleQueue(), "join"))
