# sys module misc: sys.modules contains sys and __main__, __name__, intern, getsizeof is positive.
import sys
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
print(__name__, sys.modules["__main__"].__name__)
a = sys.intern("hello world!")
b = sys.intern("hello " + "world!")
print(a is b, a == b)
print(sys.getsizeof(0) > 0, sys.getsizeof([]) > 0)
print(callable(sys.exit), callable(sys.getrefcount))
print(type(sys.stdin).__name__ == type(sys.stdout).__name__)
print(sys.flags.optimize, sys.dont_write_bytecode in (True, False))
print(sorted(k for k in ["argv", "path", "modules", "exit", "stdout"] if hasattr(sys, k)))
