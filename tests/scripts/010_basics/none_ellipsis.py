# None, Ellipsis, NotImplemented singletons and their reprs.
print(None, repr(None), str(None))
print(..., Ellipsis, Ellipsis is ...)
print(NotImplemented)
def f():
    return
def g():
    pass
print(f(), g())
x = None
print(x is None, x == None, x != None)
print(bool(None))
print([None, ..., NotImplemented])
print(type(None)() is None)
print(repr(...), str(...))
