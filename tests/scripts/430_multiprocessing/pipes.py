# Pipe: duplex and one-way connections between processes.
import multiprocessing as mp


def ping(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            break
        conn.send(("pong", msg))


def writer(w):
    for i in range(3):
        w.send(i)
    w.send_bytes(b"raw bytes")
    w.close()


if __name__ == "__main__":
    mp.set_start_method("spawn")  # as ferropy does (Linux CPython forks by default)
    a, b = mp.Pipe()
    p = mp.Process(target=ping, args=(b,))
    p.start()
    for m in [1, "two", [3]]:
        a.send(m)
        print(a.recv())
    a.send("stop")
    print(a.recv())
    p.join()

    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    p = mp.Process(target=writer, args=(w,))
    p.start()
    print([r.recv() for _ in range(3)], r.recv_bytes())
    p.join()
    print(r.poll(), r.poll(0.01))
    try:
        r.send(1)
    except OSError as e:
        print("OSError:", e)
    r.close()
    try:
        r.recv()
    except OSError as e:
        print("OSError:", e)
