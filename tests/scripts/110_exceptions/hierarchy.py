# Built-in exception hierarchy via isinstance/issubclass and __mro__ names.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (StopIteration, Exception),
         (KeyboardInterrupt, Exception), (SystemExit, BaseException), (GeneratorExit, Exception),
         (UnicodeDecodeError, ValueError), (FileNotFoundError, OSError), (TypeError, ValueError),
         (Exception, BaseException), (BaseException, object)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
e = KeyError("k")
print(isinstance(e, LookupError), isinstance(e, Exception), isinstance(e, IndexError))
print(IOError is OSError, EnvironmentError is OSError)
