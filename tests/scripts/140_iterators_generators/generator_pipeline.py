# Chained generator pipelines: read lines, filter, transform, aggregate.
text = """alpha 3
beta 10
# comment
gamma x
delta 7
"""
def lines(s):
    for line in s.splitlines():
        yield line
def non_comment(it):
    for line in it:
        if line and not line.startswith("#"):
            yield line
def parse(it):
    for line in it:
        name, _, val = line.partition(" ")
        try:
            yield name, int(val)
        except ValueError:
            print("skip", repr(line))
pipeline = parse(non_comment(lines(text)))
records = list(pipeline)
print(records)
print(sum(v for _, v in records), max(records, key=lambda r: r[1]))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total([1, 2, 3, 4])))
