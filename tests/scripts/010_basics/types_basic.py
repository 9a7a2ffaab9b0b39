# type() and __name__ of basic values.
for v in [1, 1.0, 1j, "s", b"b", bytearray(b"x"), [], (), {}, set(), frozenset(), None, True, range(1), ..., NotImplemented]:
    print(type(v).__name__)
print(type(1) is int, type(True) is bool, type(True) is int)
print(type(type(1)).__name__)
print(int, str, float)
print(type(None))
print(type(len).__name__)
def f():
    pass
print(type(f).__name__)
print(type(lambda: 0).__name__)
