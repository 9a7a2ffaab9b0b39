# Suppressing __exit__ interacts with return values and finally blocks.
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
def f():
    try:
        with Swallow():
            raise ValueError
            return "never"
        return "after with"
    finally:
        print("finally ran")
print(f())
def g():
    with Swallow():
        return "inside"
    return "outside"
print(g())
def h():
    for i in range(3):
        with Swallow():
            if i < 2:
                raise RuntimeError(i)
            return i
print(h())
def k():
    result = []
    while True:
        with Swallow():
            result.append(len(result))
            if len(result) > 2:
                break
            raise KeyError
    return result
print(k())
