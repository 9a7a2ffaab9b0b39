# Traceback objects passed to __exit__: type name, tb_lineno, tb_next chain, tb_frame.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(type(tb).__name__, tb is v.__traceback__)
        depth = 0
        while tb is not None:
            print("  line", tb.tb_lineno, tb.tb_frame.f_code.co_name, type(tb.tb_next).__name__)
            tb = tb.tb_next
            depth += 1
        print("depth", depth)
        return True
def inner():
    raise ValueError("deep")
def middle():
    inner()
with Inspect():
    middle()
with Inspect():
    raise KeyError("shallow")
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
