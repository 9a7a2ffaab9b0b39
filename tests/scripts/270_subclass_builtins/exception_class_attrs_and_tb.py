# with_traceback, __traceback__ after catching, and add-on class attributes on exceptions.
class Err(Exception):
    severity = "high"
def thrower():
    raise Err("thrown")
try:
    thrower()
except Err as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_next.tb_frame.f_code.co_name, e.severity)
    saved = e
print(saved.__traceback__ is not None, str(saved))
e2 = Err("fresh")
print(e2.__traceback__)
e3 = e2.with_traceback(None)
print(e3 is e2)
try:
    raise e2
except Err as e:
    print(e.__traceback__.tb_lineno, e is e2)
try:
    Err().with_traceback(5)
except TypeError as e:
    print(type(e).__name__, e)
