# Errors while binding the `as` target happen after __enter__, so __exit__ sees them.
class CM:
    def __init__(self, value): self.value = value
    def __enter__(self):
        print("enter")
        return self.value
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, v)
        return True
with CM([1, 2, 3]) as (a, b):
    print("not reached")
print("suppressed unpack error")
with CM((1, 2, 3)) as (first, *rest):
    print(first, rest)
class RO:
    __slots__ = ()
with CM(5) as RO().attr:
    print("not reached")
print("suppressed attribute error")
