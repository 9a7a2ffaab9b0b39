# Classic itertools recipes built from lazy pieces.
import itertools as it
import operator
import functools
import collections


def take(n, iterable):
    return list(it.islice(iterable, n))


def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def roundrobin(*iterables):
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)


def sliding_window(iterable, n):
    itr = iter(iterable)
    window = collections.deque(it.islice(itr, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in itr:
        window.append(x)
        yield tuple(window)


def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def dotproduct(v1, v2):
    return sum(map(operator.mul, v1, v2))


print(take(5, it.count(3, 3)))
print(nth(range(10), 3), nth(range(3), 5, "none"))
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", str.lower)))
print(list(roundrobin("ABC", "D", "EF")))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(sliding_window("abcde", 3)))
print(list(powerset([1, 2, 3])))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(quantify([1, 0, 3, None, ""]), quantify(range(10), lambda x: x > 6))
print(dotproduct([1, 2, 3], [4, 5, 6]))
print(functools.reduce(operator.add, it.repeat(2, 5), 100))
print(list(it.starmap(operator.mul, zip(range(4), it.count(10)))))
flat = it.chain.from_iterable(it.repeat(x, x) for x in range(4))
print(list(flat))
print(list(it.accumulate(it.islice(it.cycle([1, -1]), 6))))
