# ExceptionGroup / BaseExceptionGroup construction: message, exceptions, args, str, repr, types.
eg = ExceptionGroup("several problems", [ValueError(1), TypeError("t")])
print(type(eg).__name__, type(eg).__module__)
print(eg.message)
print(eg.exceptions, type(eg.exceptions).__name__)
print(eg.args)
print(str(eg))
print(repr(eg))
print(ExceptionGroup("one", (KeyError("k"),)))
print(repr(ExceptionGroup("one", (KeyError("k"),))))
print(str(ExceptionGroup("", [ValueError()])))

# the exceptions tuple is a copy of the sequence; args keep the original object
excs = [ValueError(1)]
eg = ExceptionGroup("copy", excs)
excs.append(TypeError(2))
print(len(eg.exceptions), eg.args[1] is excs, eg.exceptions[0] is excs[0])

# any sequence works, including a class with __len__ and __getitem__
class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i < 2:
            return IndexError(i)
        raise IndexError(i)
print(ExceptionGroup("seq", Seq()).exceptions)

# class relationships
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print([c.__name__ for c in ExceptionGroup.__mro__])
print(ExceptionGroup, BaseExceptionGroup)
print(ExceptionGroup.__name__, ExceptionGroup.__qualname__, BaseExceptionGroup.__module__)
print(BaseExceptionGroup.__doc__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))

# BaseExceptionGroup holding base exceptions
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(2)])
print(type(beg).__name__, repr(beg), str(beg))
print(isinstance(beg, Exception))

# groups nest
nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), KeyError(2)])
print(repr(nested))
print(str(nested), str(nested.exceptions[0]))

# PEP 585 subscription
print(ExceptionGroup[ValueError], BaseExceptionGroup[int])
print(ExceptionGroup[ValueError].__origin__ is ExceptionGroup, ExceptionGroup[int, str].__args__)
