# The shared mutable default pitfall with lists and dicts, and the cache use case.
def add_item(x, bucket=[]):
    bucket.append(x)
    return bucket
r1 = add_item("a")
r2 = add_item("b")
print(r1, r2, r1 is r2)
def memo_fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return _cache[n]
print(memo_fib(80), len(memo_fib.__defaults__[0]))
def tally(word, counts={}):
    counts[word] = counts.get(word, 0) + 1
    return dict(counts)
tally("x")
tally("y")
print(tally("x"))
