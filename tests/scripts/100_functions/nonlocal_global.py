# nonlocal and global declarations at various nesting depths.
g = "global"
def read_global():
    return g
def write_global():
    global g
    g = "changed"
print(read_global())
write_global()
print(g)
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "inner-set"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def create_global():
    global brand_new
    brand_new = 42
create_global()
print(brand_new)
def counter():
    n = 0
    def step():
        nonlocal n
        n += 2
        return n
    step()
    step()
    return n
print(counter())
