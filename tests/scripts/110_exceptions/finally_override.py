# return/break/continue in finally override pending exceptions and returns.
def f1():
    try:
        return "try"
    finally:
        return "finally"
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f3():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return "loop done " + str(i)
def f4():
    x = 1
    try:
        return x
    finally:
        x = 99
print(f1(), f2(), f3(), f4())
def f5():
    try:
        try:
            raise ValueError("a")
        finally:
            raise TypeError("b")
    except Exception as e:
        return type(e).__name__, str(e), type(e.__context__).__name__
print(f5())
