# Subclasses of builtin exceptions keep special behaviour (KeyError str, OSError errno mapping).
class MyKeyError(KeyError): pass
class MyOSError(OSError): pass
class MyStop(StopIteration): pass
print(str(MyKeyError("k")), repr(MyKeyError("k")))
e = MyOSError(2, "missing", "f")
print(type(e).__name__, e.errno, e.filename, str(e))
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(99999, "x")).__name__)
def gen():
    yield 1
    raise MyStop(7)
try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
class MySysExit(SystemExit): pass
try:
    raise MySysExit(4)
except SystemExit as e:
    print(type(e).__name__, e.code)
print(issubclass(FileNotFoundError, OSError), OSError is EnvironmentError, IOError is OSError)
