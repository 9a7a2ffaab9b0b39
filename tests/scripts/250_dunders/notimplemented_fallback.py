# NotImplemented from both sides yields TypeError with the operator symbol in the message.
class A:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
class B:
    def __radd__(self, o): return "B.__radd__"
    def __gt__(self, o): return "B.__gt__"
print(A() + B(), A() < B())
for expr in ["A() + A()", "A() - 1", "1 * A()", "A() < A()", "A() @ A()", "A() ** 2",
             "-A()", "~A()", "A() <= 1", "A() & A()", "divmod(A(), 1)", "abs(A())"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
print(A() == A(), A() != A(), NotImplemented.__class__.__name__, bool(A() == 1))
