# TypeError messages for wrong argument counts and unexpected/duplicate keyword arguments.
def f(a, b):
    return a + b
def g(x, y=1, *, z):
    pass
calls = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, 2, a=3),
    lambda: f(),
    lambda: g(1, 2, 3, z=0),
    lambda: g(z=1),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: "x".upper(1),
    lambda: f(**{"a": 1, "b": 2, "c": 3}),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
