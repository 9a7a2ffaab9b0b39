# A send-driven state machine (tokenizer) and a round-robin scheduler.
def tokenizer():
    tokens = []
    current = ""
    while True:
        ch = yield tokens
        tokens = []
        if ch is None:
            if current:
                tokens.append(current)
            return tokens
        if ch.isalnum():
            current += ch
        else:
            if current:
                tokens.append(current)
                current = ""
            if not ch.isspace():
                tokens.append(ch)


t = tokenizer()
next(t)
out = []
for ch in "foo(bar, 42) + x":
    out.extend(t.send(ch))
try:
    t.send(None)
except StopIteration as e:
    out.extend(e.value)
print(out)


def task(name, n):
    for i in range(n):
        print("  ", name, "step", i)
        yield


def scheduler(tasks):
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            next(t)
        except StopIteration:
            print("  ", names[t], "finished")
            continue
        queue.append(t)


tasks = [task("A", 2), task("B", 3), task("C", 1)]
names = dict(zip(tasks, "ABC"))
scheduler(tasks)


def traffic_light():
    state = "red"
    while True:
        cmd = yield state
        if cmd == "reset":
            state = "red"
        elif state == "red":
            state = "green"
        elif state == "green":
            state = "yellow"
        else:
            state = "red"


tl = traffic_light()
print([next(tl)] + [tl.send(c) for c in ["go", "go", "go", "go", "reset", "go"]])
