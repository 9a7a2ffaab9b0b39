# pass in various blocks, empty function bodies with docstrings, and ellipsis bodies.
def f():
    """Only a docstring."""
def g():
    ...
class C:
    pass
for _ in range(2):
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
else:
    print("else after pass-try")
finally:
    print("finally after pass-try")
print(f(), g(), C.__name__, f.__doc__)
while False:
    pass
print("done")
