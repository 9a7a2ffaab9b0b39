# Closures capturing variables by reference, counters with nonlocal, and cell contents.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def late():
    x = 1
    def get():
        return x
    x = 2
    return get
print(late()())
print(add5.__closure__[0].cell_contents, add5.__code__.co_freevars, make_adder.__code__.co_cellvars)
def outer():
    a = []
    def push(v):
        a.append(v)
        return a
    return push
p = outer()
p(1)
print(p(2))
