# contextlib.AbstractContextManager: default __enter__ and isinstance checks.
from contextlib import AbstractContextManager, contextmanager, suppress, nullcontext, ExitStack, closing


class Simple(AbstractContextManager):
    def __exit__(self, et, ev, tb):
        print("  Simple.__exit__", et.__name__ if et else None)
        return None


s = Simple()
with s as v:
    print("default __enter__ returns self:", v is s)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class OnlyEnter:
    def __enter__(self):
        return self


class ExitNone:
    __enter__ = lambda self: self
    __exit__ = None


@contextmanager
def gen():
    yield


for obj in [Duck(), OnlyEnter(), ExitNone(), s, gen(), suppress(), nullcontext(), ExitStack(), closing(None), 5, len]:
    name = type(obj).__name__
    print(f"{name:26}", isinstance(obj, AbstractContextManager))

print(issubclass(Duck, AbstractContextManager), issubclass(int, AbstractContextManager))


# a subclass without __exit__ can't be instantiated
class Incomplete(AbstractContextManager):
    pass


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)

# calling the abstract __exit__ via super returns None
class CallsSuper(AbstractContextManager):
    def __exit__(self, *exc):
        r = super().__exit__(*exc)
        print("  super().__exit__ returned", r)


with CallsSuper():
    pass
