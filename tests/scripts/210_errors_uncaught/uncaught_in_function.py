# An uncaught exception raised several frames deep; output before it is flushed.
def level3(x):
    print("level3", x)
    return {"a": 1}[x]
def level2(x):
    print("level2", x)
    return level3(x)
def level1(x):
    print("level1", x)
    return level2(x)
print(level1("a"))
print(level1("missing"))
print("not reached")
