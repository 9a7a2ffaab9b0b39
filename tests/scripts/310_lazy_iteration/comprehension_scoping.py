# Comprehension variables are local to the comprehension; evaluation order of clauses.
i = "outer"
squares = [i * i for i in range(4)]
print(squares, i)
print({i: i for i in "ab"}, i)
print({i for i in [1]}, i)


def trace(label, value):
    print("  ", label, value)
    return value


# clause evaluation order
result = [trace("expr", (a, b)) for a in trace("outer iter", [1, 2]) if trace("cond a", a) for b in trace("inner iter", [a, a * 10])]
print(result)

# closures created inside a comprehension capture the comprehension variable
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
funcs = [lambda n=n: n for n in range(3)]
print([fn() for fn in funcs])

# comprehension referencing an enclosing function's variable (late binding)
def make():
    k = 1
    fns = [lambda: k * m for m in range(2)]
    k = 100
    return [fn() for fn in fns]


print(make())

# nested comprehensions: inner can see outer variable
print([[x * y for y in range(x)] for x in range(4)])

# the outermost iterable is evaluated in the enclosing scope
n = 3
print([n for n in range(n)])

# a NameError for a name only defined later
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)

# unpacking targets in comprehensions
print([a + b for a, b in [(1, 2), (3, 4)]])
print([first for first, *rest in ["abc", "de"]])
print({k: v for (k, v), _ in zip([("x", 1), ("y", 2)], range(2))})

# comprehension inside a generator and vice versa
print(list((x, [y for y in range(x)]) for x in range(3)))
