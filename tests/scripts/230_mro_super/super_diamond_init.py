# Cooperative __init__ with **kwargs through a diamond, each class called once.
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__()
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)
class Bottom(Left, Right):
    def __init__(self, bottom=None, **kw):
        print("Bottom", bottom)
        super().__init__(**kw)
Bottom(bottom=1, left=2, right=3, extra=4)
print([c.__name__ for c in Bottom.__mro__])
try:
    class Strict:
        def __init__(self, **kw):
            super().__init__(**kw)
    Strict(x=1)
except TypeError as e:
    print(type(e).__name__, e)
