# Lambdas: as arguments, immediately invoked, default args, in data structures, name.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda a, b=2: a * b)(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
print(square.__name__, (lambda: 0).__qualname__)
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20])))
print((lambda **kw: sorted(kw))(b=1, a=2))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
