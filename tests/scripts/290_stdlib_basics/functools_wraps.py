# functools.wraps / update_wrapper copy __name__, __qualname__, __doc__, __module__, __dict__, __wrapped__.
from functools import wraps, update_wrapper
def deco(f):
    @wraps(f)
    def wrapper(*args, **kw):
        "wrapper doc"
        return ("wrapped", f(*args, **kw))
    return wrapper
@deco
def target(x):
    "target doc"
    return x * 2
target.extra = "attr"
print(target(4), target.__name__, target.__qualname__, target.__doc__, target.__module__)
print(target.__wrapped__(4), target.__wrapped__.__name__)
def plain_deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper
@plain_deco
def other():
    "other doc"
print(other.__name__, other.__doc__, hasattr(other, "__wrapped__"))
def src():
    "src doc"
src.custom = 1
def dst():
    pass
r = update_wrapper(dst, src)
print(r is dst, dst.__name__, dst.__doc__, dst.custom, dst.__wrapped__ is src)
def limited(f):
    @wraps(f, assigned=("__name__",), updated=())
    def w(): pass
    return w
@limited
def lim():
    "lim doc"
print(lim.__name__, lim.__doc__)
