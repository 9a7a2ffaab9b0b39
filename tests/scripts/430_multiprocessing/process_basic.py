# Process lifecycle: names, exit codes, is_alive, repr states, daemon flag.
import multiprocessing as mp
import sys


def ok(x):
    print("child got", x, mp.current_process().name, flush=True)


def exits(code):
    sys.exit(code)


def fails():
    raise ValueError("boom")


def masked(p):
    r = repr(p)
    if "pid=" in r:
        start = r.index("pid=")
        end = r.index(" ", start)
        r = r[:start] + "pid=N" + r[end:]
    start = r.index("parent=")
    end = r.index(" ", start)
    return r[:start] + "parent=N" + r[end:]


if __name__ == "__main__":
    mp.set_start_method("spawn")  # as ferropy does (Linux CPython forks by default)
    p = mp.Process(target=ok, args=(41,))
    print(p.name, p.is_alive(), p.exitcode, p.daemon, p.pid)
    print(masked(p))
    p.start()
    p.join()
    print(p.is_alive(), p.exitcode, masked(p))
    for target, args in ((exits, (3,)), (exits, (None,)), (exits, ("bye",)), (fails, ())):
        q = mp.Process(target=target, args=args)
        q.start()
        q.join()
        print(target.__name__, args, "exitcode", q.exitcode)
    d = mp.Process(target=ok, args=(1,), daemon=True, name="worker")
    print(d.name, d.daemon)
    d.start()
    d.join()
    print(masked(d))
    try:
        d.start()
    except AssertionError as e:
        print("AssertionError:", e)
    print(mp.current_process().name, mp.parent_process())
    print(mp.active_children())
