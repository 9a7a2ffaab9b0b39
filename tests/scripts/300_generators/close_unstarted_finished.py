# close() on unstarted and finished generators, and closing twice.
def gen(name):
    print("  ", name, "started")
    try:
        yield 1
        yield 2
    finally:
        print("  ", name, "finally")


u = gen("unstarted")
print("close unstarted ->", u.close())
print(next(u, "nothing"))
print(list(u))

f = gen("finished")
print(list(f))
print("close finished ->", f.close())

c = gen("closed")
next(c)
c.close()
print("second close ->", c.close())
try:
    next(c)
except StopIteration:
    print("StopIteration after close")
try:
    c.send(1)
except StopIteration:
    print("send after close: StopIteration")
try:
    c.throw(ValueError("after close"))
except ValueError as e:
    print("throw after close:", e)


def gen_return():
    yield 1
    return "result"


r = gen_return()
next(r)
print("close ->", r.close())
try:
    next(r)
except StopIteration as e:
    print("value after close:", e.value)
