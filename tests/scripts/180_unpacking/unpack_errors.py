# Unpacking error messages: not enough values, too many values, non-iterables, starred minimums.
def three_from_two():
    a, b, c = [1, 2]
def two_from_three():
    a, b = [1, 2, 3]
def from_int():
    a, b = 5
def starred_too_few():
    a, *b, c = [1]
def two_from_str():
    a, b = "xyz"
def one_from_empty():
    a, = []
def two_from_dict():
    a, b = {1: 2}
def from_none():
    a, b = None
for fn in [three_from_two, two_from_three, from_int, starred_too_few, two_from_str,
           one_from_empty, two_from_dict, from_none]:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(fn.__name__, "->", type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    p, q = gen()
except ValueError as e:
    print(type(e).__name__, e)
try:
    for x, y in [(1, 2), (3,)]:
        print(x, y)
except ValueError as e:
    print(type(e).__name__, e)
