# Late-binding closures in loops vs default-argument capture vs factory functions.
late = []
for i in range(3):
    late.append(lambda: i)
print([f() for f in late])
early = []
for i in range(3):
    early.append(lambda i=i: i)
print([f() for f in early])
def factory(n):
    return lambda: n
made = [factory(i) for i in range(3)]
print([f() for f in made])
def counter_gen():
    fns = []
    for name in ["a", "b"]:
        def show(prefix="", name=name):
            return prefix + name
        fns.append(show)
    return fns
print([fn(">") for fn in counter_gen()])
i = 100
print([f() for f in late])
