# sys.exc_info() inside __exit__ and after suppression; the handled exception is cleared.
import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        info = sys.exc_info()
        print("in exit:", info[0].__name__ if info[0] else None, info[1] is v)
        return True
with CM():
    raise ValueError("x")
print("after:", sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    with CM():
        raise IndexError("inner")
    print("still handling:", sys.exc_info()[0].__name__)
with CM():
    pass
