# A with block inside a generator exits when the generator finishes, is closed, or raises.
class CM:
    def __init__(self, tag): self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.tag, t.__name__ if t else None)
def gen(tag):
    with CM(tag):
        yield 1
        yield 2
print(list(gen("full")))
g = gen("closed")
print(next(g))
g.close()
print("after close")
g = gen("thrown")
next(g)
try:
    g.throw(ValueError("into gen"))
except ValueError as e:
    print("caught", e)
def gen2():
    with CM("break"):
        for i in range(10):
            yield i
g2 = gen2()
for x in g2:
    if x == 1:
        break
print("loop broke; generator still suspended")
g2.close()
print("closed explicitly")
