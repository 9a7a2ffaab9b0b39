# Reflected operators (__radd__, __rsub__, ...) are tried when the left operand returns NotImplemented.
class R:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return "R(%s)" % self.tag
for op in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]:
    setattr(R, "__r%s__" % op, (lambda name: lambda self, other: "r%s(%r, %r)" % (name, other, self))(op))
r = R("x")
print(1 + r)
print(1 - r)
print(2 * r)
print(1 / r)
print(1 // r)
print(1 % r)
print(2 ** r)
print(1 << r)
print(1 >> r)
print(1 & r)
print(1 | r)
print(1 ^ r)
print([1] @ r)
print("s" + r, None + r)
try:
    r + 1
except TypeError as e:
    print(type(e).__name__, e)
