# UnboundLocalError when a local is referenced before assignment, and NameError messages.
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    del_me = 1
    del del_me
    return del_me
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    return missing_global
try:
    h()
except NameError as e:
    print(type(e).__name__, e)
def k():
    if False:
        y = 1
    return y
try:
    k()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def outer():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    z = 1
print(outer())
