# The __class__ cell binds to the defining class, even when the method is copied elsewhere.
class A:
    def name(self):
        return "A"
class B(A):
    def name(self):
        return "B>" + super().name()
    def where(self):
        return __class__.__name__
class Other:
    def name(self):
        return "Other"
class X(Other):
    pass
X.name = B.name
try:
    X().name()
except TypeError as e:
    print(type(e).__name__, e)
class Y(B):
    pass
Y.stolen = B.name
print(Y().stolen(), Y().where())
Alias = B
class B:
    pass
print(Alias().name(), Alias().where())
