# itertools.islice argument validation.
import sys
from itertools import islice


def attempt(*args):
    try:
        print(list(islice("abcdef", *args)))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)


attempt(-1)
attempt(1.5)
attempt("2")
attempt(-1, 3)
attempt(1, -3)
attempt(0, 3, 0)
attempt(0, 3, -1)
attempt(0, 3, 1.0)
attempt("a", 3)
attempt(1, 2, 3, 4)
attempt(sys.maxsize)
attempt(sys.maxsize + 1)

try:
    islice("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    islice(5, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    islice([1, 2], stop=1)
except TypeError as e:
    print(type(e).__name__, e)

# islice does not support negative indexing or slicing syntax
try:
    islice("abc", 0)[0]
except TypeError as e:
    print(type(e).__name__, e)
