# Return semantics: implicit None, multiple values as tuple, return in finally, early return.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def cond(x):
    if x:
        return "yes"
print(nothing(), bare(), multi(), cond(0), cond(1))
a, b, c = multi()
print(a, b, c)
def gen_like():
    return (i for i in range(3))
print(list(gen_like()))
def returns_function():
    def f():
        return "inner"
    return f
print(returns_function()())
def nested_return(n):
    for i in range(n):
        while True:
            if i == 2:
                return f"returned at {i}"
            break
    return "finished"
print(nested_return(5), nested_return(2))
