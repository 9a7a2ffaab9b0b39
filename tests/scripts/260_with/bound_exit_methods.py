# __enter__/__exit__ may be any callables on the class: staticmethods, classmethods, descriptors.
class Static:
    @staticmethod
    def __enter__():
        return "static enter"
    @staticmethod
    def __exit__(*a):
        print("static exit", len(a))
with Static() as v:
    print(v)
class ClassLevel:
    entered = 0
    @classmethod
    def __enter__(cls):
        cls.entered += 1
        return cls.__name__
    @classmethod
    def __exit__(cls, *a):
        print("classmethod exit", cls.entered)
with ClassLevel() as name:
    print(name)
class CallableExit:
    def __call__(self, *a):
        print("callable object called with", len(a), "args")
class UsesCallable:
    __enter__ = lambda self: self
    __exit__ = CallableExit()
with UsesCallable():
    pass
