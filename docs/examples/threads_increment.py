# Where can the GIL change hands in this loop? Only at RESUME and JUMP_BACKWARD.
counter = 0


def work(n):
    global counter
    for _ in range(n):
        counter += 1
