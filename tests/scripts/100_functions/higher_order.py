# Functions as first-class values: passing, returning, storing, map/filter/sorted with functions.
def apply_twice(f, x):
    return f(f(x))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(apply_twice(inc, 5), apply_twice(dbl, 3), compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
s = "  Hello World  "
for fn in pipeline:
    s = fn(s)
print(s)
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
print(list(map(pow, [2, 3], [5, 2])), list(filter(str.isupper, "aBcDE")))
def reduce_(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce_(lambda a, b: a * b, range(1, 8), 1), reduce_(max, [3, 8, 1], 0))
