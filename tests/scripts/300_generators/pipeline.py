# Lazy generator pipelines: each stage pulls from the previous one on demand.
def source(items):
    for item in items:
        print("  source ->", item)
        yield item


def double(it):
    for x in it:
        print("  double", x)
        yield x * 2


def only_big(it, limit):
    for x in it:
        if x > limit:
            yield x
        else:
            print("  dropped", x)


def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


pipe = take(only_big(double(source(range(10))), 5), 3)
print("pipeline built")
for v in pipe:
    print("result", v)


def parse(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()


def typed(pairs):
    for k, v in pairs:
        if v.isdigit():
            v = int(v)
        yield k, v


text = """
# config
name = demo
size = 42
 empty =
count=7
"""
print(dict(typed(parse(text.splitlines()))))


def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total


print(list(running_total(x for x in range(1, 6))))


def chunks(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunks(range(7), 3)))
print(list(chunks([], 3)))
