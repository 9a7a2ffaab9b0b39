# Keyword arguments in any order, mixing positional and keyword, and **kwargs ordering.
def point(x, y, z=0):
    return f"({x}, {y}, {z})"
print(point(1, 2), point(y=2, x=1), point(1, z=3, y=2), point(*[1, 2], z=9))
def record(**fields):
    return list(fields.items())
print(record(b=2, a=1, c=3))
def mixed(a, *args, key=None, **rest):
    return a, args, key, rest
print(mixed(1, 2, 3, key="k", other=4, another=5))
print(mixed(a=0))
print(dict(one=1, two=2), sorted([3, 1, 2], reverse=True))
print(int("ff", base=16), "x".center(5, "*"), print("kw", end="|\n", sep=""))
