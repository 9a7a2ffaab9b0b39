# Cooperative super(): each __init__ calls the next class in the MRO of the object's
# class, not simply its own base.
class Root:
    def __init__(self, **kw):
        print("Root")
class Left(Root):
    def __init__(self, **kw):
        print("Left ->", end=" ")
        super().__init__(**kw)
class Right(Root):
    def __init__(self, **kw):
        print("Right ->", end=" ")
        super().__init__(**kw)
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom ->", end=" ")
        super().__init__(**kw)

Bottom()
print([c.__name__ for c in Bottom.__mro__])
