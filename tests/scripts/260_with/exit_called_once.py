# __exit__ is called exactly once per with, even when the body raises after partial work.
class Count:
    def __init__(self):
        self.enters = self.exits = 0
    def __enter__(self):
        self.enters += 1
        return self
    def __exit__(self, t, v, tb):
        self.exits += 1
        return t is KeyError
c = Count()
for i in range(5):
    try:
        with c:
            if i % 2:
                raise KeyError(i)
            if i == 4:
                raise ValueError(i)
    except ValueError as e:
        print("escaped", e)
print(c.enters, c.exits)
def gen_with():
    with c:
        yield "a"
        raise KeyError("in gen")
print(list(gen_with()), c.enters, c.exits)
