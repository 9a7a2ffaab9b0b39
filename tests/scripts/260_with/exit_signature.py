# __exit__ signature variations and errors from missing __enter__/__exit__.
class VarArgs:
    def __enter__(self): return "v"
    def __exit__(self, *args):
        print("exit args", len(args), args[0].__name__ if args[0] else None)
with VarArgs() as v:
    print(v)
try:
    with VarArgs():
        raise ValueError
except ValueError:
    print("propagated")
class NoExit:
    def __enter__(self): return self
class NoEnter:
    def __exit__(self, *a): pass
for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            print("body")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class WrongArity:
    def __enter__(self): return self
    def __exit__(self): return False
try:
    with WrongArity():
        pass
except TypeError as e:
    print(type(e).__name__, e)
