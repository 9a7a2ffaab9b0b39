# super() binds functions, classmethods and staticmethods found further along the MRO.
class A:
    def inst(self):
        return "inst " + type(self).__name__
    @classmethod
    def klass(cls):
        return "klass " + cls.__name__
    @staticmethod
    def stat(x):
        return "stat %s" % x
    attr = 10
class B(A):
    def run(self):
        s = super()
        return [s.inst(), s.klass(), s.stat(1), s.attr]
    @classmethod
    def crun(cls):
        return [super().klass(), super().stat(2), super().attr]
print(B().run())
print(B.crun())
print(super(B, B).inst(B()), super(B, B()).klass())
print(type(super(B, B()).inst).__name__, type(super(B, B).inst).__name__)
