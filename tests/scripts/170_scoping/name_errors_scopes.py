# NameError/UnboundLocalError in different scopes, and deleting names.
def f():
    try:
        return not_defined_anywhere
    except NameError as e:
        return str(e)
print(f())
def g():
    value = 1
    del value
    try:
        return value
    except UnboundLocalError as e:
        return str(e)
print(g())
x = 1
def h():
    try:
        x += 1
    except UnboundLocalError as e:
        return str(e)
print(h())
def outer():
    def inner():
        return captured
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    captured = 5
    return inner()
print(outer())
