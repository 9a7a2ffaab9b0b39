# __exit__ receives (type, value, traceback) for exceptions raised in the body.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("type:", t.__name__ if t else None)
        print("value:", repr(v))
        print("tb type:", type(tb).__name__)
        print("same exc:", v is self.expected if t else None)
        return False
cm = CM()
try:
    with cm:
        cm.expected = ValueError("bad value")
        raise cm.expected
except ValueError as e:
    print("caught", e)
try:
    with cm:
        cm.expected = None
        1 / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e)
try:
    with CM() as c:
        c.expected = None
        {}["missing"]
except KeyError as e:
    print("caught KeyError", e)
