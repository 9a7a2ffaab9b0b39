# A truthy __exit__ return suppresses the exception; falsy values let it propagate.
class Suppress:
    def __init__(self, ret, *types):
        self.ret = ret
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("exit sees", t.__name__, "returning", repr(self.ret))
            return self.ret
        return None
for ret in [True, 1, "yes", [0], False, 0, "", None, []]:
    try:
        with Suppress(ret, ValueError):
            raise ValueError("x")
        print("suppressed with", repr(ret))
    except ValueError:
        print("propagated with", repr(ret))
with Suppress(True, KeyError, IndexError):
    [][1]
print("after IndexError suppression")
try:
    with Suppress(True, KeyError):
        raise TypeError("not matched")
except TypeError as e:
    print("TypeError propagates:", e)
def f():
    with Suppress(True, ZeroDivisionError):
        return 1 / 0
    return "fell through"
print(f())
