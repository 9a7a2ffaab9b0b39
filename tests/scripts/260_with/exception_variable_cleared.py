# Names bound by `as` in with persist after the block; except-clause names are deleted.
class CM:
    def __enter__(self): return "value"
    def __exit__(self, *a): return True
with CM() as kept:
    raise RuntimeError
print(kept)
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)
with CM() as kept2:
    pass
print(kept2)
err = "rebound"
try:
    raise KeyError
except KeyError as err:
    with CM():
        print("inside", type(err).__name__)
print("err" in dir())
