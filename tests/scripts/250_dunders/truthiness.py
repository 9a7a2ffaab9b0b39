# __bool__/__len__ for truth testing; invalid return values raise TypeError/ValueError.
class BadBool:
    def __bool__(self): return 1
class NegLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return "3"
class BigLen:
    def __len__(self): return 2 ** 70
class FloatLen:
    def __len__(self): return 3.0
class BoolLen:
    def __len__(self): return True
for cls in (BadBool, NegLen, StrLen, BigLen, FloatLen):
    try:
        print(cls.__name__, bool(cls()))
    except (TypeError, ValueError, OverflowError) as e:
        print(cls.__name__, type(e).__name__, e)
for cls in (NegLen, StrLen, BigLen, FloatLen, BoolLen):
    try:
        print(cls.__name__, len(cls()))
    except (TypeError, ValueError, OverflowError) as e:
        print(cls.__name__, type(e).__name__, e)
class IndexLen:
    class N:
        def __index__(self): return 4
    def __len__(self): return self.N()
print(len(IndexLen()), bool(IndexLen()))
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
