# Ordering of __exit__ relative to except/else/finally clauses around and inside with.
class CM:
    def __init__(self, tag): self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, t, v, tb):
        print("exit", self.tag, t.__name__ if t else None)
try:
    with CM("A"):
        raise ValueError("v")
except ValueError:
    print("except")
else:
    print("else")
finally:
    print("finally")
try:
    with CM("B"):
        print("body")
except ValueError:
    print("except")
else:
    print("else")
finally:
    print("finally")
with CM("C"):
    try:
        raise KeyError("k")
    except KeyError:
        print("inner except")
    finally:
        print("inner finally")
