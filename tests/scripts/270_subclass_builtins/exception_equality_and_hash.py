# Exceptions compare by identity; custom __eq__ on exception subclasses; exceptions in sets.
e1 = ValueError("x")
e2 = ValueError("x")
print(e1 == e2, e1 == e1, e1.args == e2.args, len({e1, e2}))
class Code(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __eq__(self, other):
        return isinstance(other, Code) and other.code == self.code
    def __hash__(self):
        return hash(self.code)
print(Code(1) == Code(1), Code(1) == Code(2), len({Code(1), Code(1), Code(3)}))
errors = [Code(1), Code(2)]
print(Code(2) in errors, errors.index(Code(2)))
try:
    raise Code(5)
except Code as e:
    print(e == Code(5), e.code)
