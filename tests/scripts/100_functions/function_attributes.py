# Function attributes: __name__, __qualname__, __doc__, __module__, __defaults__, custom attrs.
def top(a, b=1):
    """Top-level docstring."""
    return a + b
class K:
    def method(self):
        "method doc"
        def inner():
            pass
        return inner
print(top.__name__, top.__qualname__, top.__doc__, top.__module__, top.__defaults__)
print(K.method.__name__, K.method.__qualname__, K.method.__doc__)
print(K().method().__qualname__, K().method().__doc__)
def outer():
    def nested():
        pass
    return nested
print(outer().__qualname__, outer.__code__.co_name, top.__code__.co_varnames, top.__code__.co_argcount)
top.custom = "attached"
print(top.custom, "custom" in top.__dict__)
top.__name__ = "renamed"
print(top.__name__, top.__qualname__)
print((lambda: 0).__name__, callable(top), type(top).__name__)
