# A suppressing with inside try/finally and a finally that overrides the with's outcome.
class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
def f():
    try:
        with Suppress():
            raise ValueError
    finally:
        print("finally")
    return "normal"
print(f())
def g():
    try:
        with Suppress():
            return "from with"
    finally:
        return "from finally"
print(g())
def h():
    with Suppress():
        try:
            raise KeyError
        finally:
            print("inner finally")
    return "h done"
print(h())
