# Re-raising the parts of a split group: raise sets __context__ to the exception being handled,
# even though split() already gave the part a traceback (and a __context__ of None).
def handle(eg):
    match, rest = eg.split(ValueError)
    print("before raise:", rest.__context__, rest.__traceback__ is eg.__traceback__)
    raise rest

try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), TypeError(2)])
    except ExceptionGroup as eg:
        handle(eg)
except ExceptionGroup as rest:
    print("after raise:", repr(rest), "context:", repr(rest.__context__))

# the same for any exception that was raised before: raising it again re-chains it
try:
    raise KeyError("first")
except KeyError as e:
    earlier = e
try:
    try:
        raise ValueError("handled")
    except ValueError:
        raise earlier
except KeyError as k:
    print(repr(k), "context:", repr(k.__context__))

# and an existing __context__ is replaced by the exception being handled
e = KeyError("k")
e.__context__ = TypeError("old")
try:
    try:
        raise ValueError("new")
    except ValueError:
        raise e
except KeyError as k:
    print(repr(k), "context:", repr(k.__context__))
