# Zero-arg super inside a comprehension fails in 3.11 (its first arg is the iterator);
# lambdas with explicit super, generators and the __class__ cell work.
class A:
    def val(self):
        return 1
class B(A):
    def val(self):
        return 2
    def comp(self):
        return [super().val() for _ in range(2)]
    def comp_explicit(self):
        return [super(B, self).val() for _ in range(2)]
    def lam(self):
        f = lambda: super(B, self).val()
        return f()
    def gen(self):
        yield super().val()
        yield self.val()
    def cls_cell(self):
        return __class__.__name__
b = B()
try:
    b.comp()
except TypeError as e:
    print(type(e).__name__, e)
print(b.comp_explicit(), b.lam(), list(b.gen()), b.cls_cell())
class C(B):
    pass
print(C().comp_explicit(), C().cls_cell(), list(C().gen()))
