# The class body is a namespace: locals(), name resolution, and no access from methods.
x = "global"
class A:
    x = "class"
    y = x + "!"
    names = sorted(k for k in locals() if not k.startswith("__"))
    def get_x(self):
        return x
    items = [x for _ in range(2)]
    print("body runs", __qualname__, __module__)
print(A.y, A.names, A().get_x(), A.items)
class B:
    def f(self): return 1
    g = f
    del f
print(hasattr(B, "f"), B().g())
class C:
    for i in range(3):
        pass
    last = i
print(C.last, C.i)
def make(n):
    class K:
        val = n
        def get(self): return n
    return K
print(make(1).val, make(2)().get())
