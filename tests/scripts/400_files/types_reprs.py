# The layers of a file object: type names, reprs, attributes and the io ABCs.
import io
import _scratch

p = _scratch.path("types.txt")


def clean(text):
    return text.replace(_scratch.PREFIX, "")


try:
    print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
    for cls in [io.TextIOWrapper, io.BufferedReader, io.BufferedWriter,
                io.BufferedRandom, io.FileIO, io.StringIO, io.BytesIO]:
        print(cls, cls.__name__, cls.__module__, cls.__qualname__)
        print("   ", [c.__name__ for c in cls.__mro__])
    print([c.__name__ for c in io.IOBase.__mro__])
    print([c.__name__ for c in io.RawIOBase.__mro__])
    print([c.__name__ for c in io.TextIOBase.__mro__])
    for mode, kw in [("w", {}), ("r", {}), ("a", {}), ("r+", {}), ("wb", {}), ("rb", {}),
                     ("rb+", {}), ("ab", {}), ("rb", {"buffering": 0}),
                     ("w", {"encoding": "latin-1"}), ("wb", {"buffering": 0})]:
        f = open(p, mode, **kw)
        print(mode, kw, type(f).__name__, clean(repr(f)))
        if hasattr(f, "buffer"):
            print("   buffer", clean(repr(f.buffer)), "raw", clean(repr(f.buffer.raw)))
        elif hasattr(f, "raw"):
            print("   raw", clean(repr(f.raw)))
        print("   ", isinstance(f, io.IOBase), isinstance(f, io.TextIOBase),
              isinstance(f, io.BufferedIOBase), isinstance(f, io.RawIOBase))
        print("   ", clean(f.name), f.mode, f.closed, f.fileno() > 2, f.isatty())
        f.close()
        print("   closed:", clean(repr(f)))
    f = open(p)
    print(sorted(f.__dict__), f.buffer.__dict__, sorted(f.buffer.raw.__dict__))
    f.custom = 42
    print(f.custom, sorted(f.__dict__))
    raw = f.buffer.raw
    f.close()
    print(sorted(raw.__dict__))
    print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.StringIO, io.TextIOBase),
          issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.TextIOWrapper, io.IOBase))
    print(io.StringIO.__module__, type(io.StringIO()).__name__)
    with open(p, "rb", buffering=0) as f:
        print(f.closefd, f.readable(), f.writable(), f.seekable())
    f = io.FileIO(p, "w")
    print(clean(repr(f)), f.mode)
    f.close()
    for mode in ["x", "rt", "rw", "", "r+b+"]:
        try:
            io.FileIO(p, mode)
        except (ValueError, OSError) as e:
            print(mode, _scratch.show(e))
    print(open(1, "w", closefd=False).name)
finally:
    _scratch.cleanup()
