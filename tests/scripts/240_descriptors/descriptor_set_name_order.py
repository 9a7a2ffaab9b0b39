# __set_name__ order follows class body order; descriptors shared between classes.
class Named:
    def __init__(self, label):
        self.label = label
        self.names = []
    def __set_name__(self, owner, name):
        print("set_name", self.label, owner.__name__, name)
        self.names.append((owner.__name__, name))
shared = Named("shared")
class A:
    second = Named("two")
    first = Named("one")
    s = shared
class B:
    t = shared
    u = shared
print(shared.names)
class C:
    x = Named("x")
    def f(self):
        pass
    y = Named("y")
print(C.x.names, C.y.names)
