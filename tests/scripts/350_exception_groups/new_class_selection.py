# Which class BaseExceptionGroup(...) builds, and the rules for user subclasses.
def kind(f):
    try:
        return type(f()).__name__
    except TypeError as e:
        return "TypeError: " + str(e)

print(kind(lambda: BaseExceptionGroup("m", [ValueError()])))
print(kind(lambda: BaseExceptionGroup("m", [ValueError(), ExceptionGroup("x", [KeyError()])])))
print(kind(lambda: BaseExceptionGroup("m", [ValueError(), KeyboardInterrupt()])))
print(kind(lambda: BaseExceptionGroup("m", [BaseExceptionGroup("x", [SystemExit()])])))
print(kind(lambda: ExceptionGroup("m", [ValueError()])))
print(kind(lambda: ExceptionGroup("m", [SystemExit()])))

class MyGroup(ExceptionGroup):
    pass

class MyBaseGroup(BaseExceptionGroup):
    pass

class MixedGroup(BaseExceptionGroup, Exception):
    pass

print(kind(lambda: MyGroup("m", [ValueError()])))
print(kind(lambda: MyGroup("m", [SystemExit()])))
print(kind(lambda: MyBaseGroup("m", [ValueError()])))
print(kind(lambda: MyBaseGroup("m", [SystemExit()])))
print(kind(lambda: MixedGroup("m", [ValueError()])))
print(kind(lambda: MixedGroup("m", [SystemExit()])))

g = MyGroup("mine", [ValueError(3)])
print(repr(g), str(g), isinstance(g, ExceptionGroup))
print([c.__name__ for c in MyGroup.__mro__])

# a subclass with its own __init__ / extra state
class Tagged(ExceptionGroup):
    def __init__(self, message, excs, tag="none"):
        super().__init__(message, excs)
        self.tag = tag

    def __new__(cls, message, excs, tag="none"):
        return super().__new__(cls, message, excs)

t = Tagged("tagged", [KeyError("a")], tag="T1")
print(repr(t), t.tag, t.args, t.message)

# __str__ can be overridden; repr still comes from BaseException
class Loud(ExceptionGroup):
    def __str__(self):
        return self.message.upper() + "!"
l = Loud("quiet", [ValueError()])
print(str(l), repr(l))
