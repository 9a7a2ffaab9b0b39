# return/break/continue inside with still run __exit__ (with None arguments).
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, *args):
        print("exit", self.tag, args)
def ret():
    with CM("ret"):
        return "returned"
    print("unreachable")
print(ret())
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("after loop", i)
def nested_return():
    for j in range(5):
        with CM("n%d" % j):
            with CM("deep"):
                if j == 1:
                    return j
print(nested_return())
def ret_value_order():
    def val():
        print("computing return value")
        return 42
    with CM("order"):
        return val()
print(ret_value_order())
