# globals() and locals() keys in module and function scopes (filtered to user names).
alpha = 1
beta = "b"
def func(p, q=2):
    local_var = p + q
    return sorted(locals())
print(func(1))
g = globals()
print("alpha" in g, g["beta"], "func" in g, g["__name__"])
g["gamma"] = 3
print(gamma)
print(sorted(k for k in globals() if not k.startswith("__")))
def inner_locals():
    x = 1
    def nested():
        return x
    return sorted(locals())
print(inner_locals())
print(locals() is globals())
