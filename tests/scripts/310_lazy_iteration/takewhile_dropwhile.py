# takewhile/dropwhile: laziness and what happens to the element that fails the test.
from itertools import takewhile, dropwhile


def pred(x):
    print("  pred", x)
    return x < 3


data = [1, 2, 5, 1, 2]
tw = takewhile(pred, data)
print("created")
print(list(tw))
print(list(tw))

dw = dropwhile(pred, data)
print("created")
print(next(dw))
print(list(dw))

# takewhile consumes (and loses) the first failing element from a shared iterator
it = iter([1, 2, 5, 6, 1])
print(list(takewhile(lambda x: x < 3, it)))
print(list(it))

# dropwhile checks the predicate only until the first failure
it = iter([0, 0, 3, 0, 4])
print(list(dropwhile(lambda x: print("  check", x) or x == 0, it)))

print(list(takewhile(str.isdigit, "123abc456")))
print("".join(dropwhile(str.isspace, "   padded  ")))
print(list(takewhile(bool, [])), list(dropwhile(bool, [])))
print(list(takewhile(bool, [0, 1])), list(dropwhile(bool, [1, 1])))

for fn in [takewhile, dropwhile]:
    try:
        fn(bool)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        fn(bool, 5)
    except TypeError as e:
        print(type(e).__name__, e)

# predicate errors propagate when reached
tw = takewhile(lambda x: 10 / x, [5, 0, 1])
print(next(tw))
try:
    next(tw)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

import itertools
print(list(takewhile(lambda x: x < 20, (x * x for x in itertools.count()))))
