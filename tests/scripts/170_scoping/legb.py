# LEGB resolution: local, enclosing, global, builtin; shadowing builtins and restoring them.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer(), x)
def reads_global():
    return x
print(reads_global())
def uses_builtin():
    return len("abc")
print(uses_builtin())
len = lambda s: "shadowed"
print(uses_builtin(), len("abc"))
del len
print(uses_builtin(), len("abc"))
def shadow_param(print):
    return print
print(shadow_param("param named print"))
