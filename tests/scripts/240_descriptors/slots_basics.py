# __slots__ restricts attributes; instances have no __dict__; exact error messages.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, P.__slots__, type(P.x).__name__)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "y"), "__dict__" in P.__dict__, "__weakref__" in P.__dict__)
class S:
    __slots__ = "only"
s = S()
s.only = 1
print(s.only, S.__slots__)
