# Parameter, local, and loop variables shadowing outer names; functions redefined later.
value = "module"
def show(value):
    return value
print(show("param"), value)
def loop_shadow():
    value = "local"
    for value in ["loop1", "loop2"]:
        pass
    return value
print(loop_shadow(), value)
def early():
    return "first definition"
ref = early
def early():
    return "second definition"
print(ref(), early())
def uses_later():
    return defined_later()
def defined_later():
    return "resolved at call time"
print(uses_later())
type_ = type
def type(x):
    return "custom type()"
print(type(1), type_(1).__name__)
del type
print(type(1).__name__)
