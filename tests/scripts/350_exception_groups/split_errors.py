# Invalid conditions for split()/subgroup(), and their argument checks.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])

class Callable:
    def __call__(self, e):
        return True

class NotAnException:
    pass

conditions = [
    ("int", 1),
    ("str", "ValueError"),
    ("list of types", [ValueError]),
    ("tuple with non-type", (ValueError, 1)),
    ("tuple with non-exception class", (ValueError, int)),
    ("non-exception class", int),
    ("object class", NotAnException),
    ("builtin function", len),
    ("bound method", "abc".isdigit),
    ("callable instance", Callable()),
    ("python bound method", Callable().__call__),
    ("exception instance", ValueError()),
    ("None", None),
]
for label, cond in conditions:
    for method in (eg.split, eg.subgroup):
        try:
            method(cond)
        except TypeError as e:
            print(label, method.__name__, "-> TypeError:", e)
        else:
            print(label, method.__name__, "-> accepted")

# nested tuples are not accepted either
try:
    eg.split((ValueError, (TypeError,)))
except TypeError as e:
    print("nested tuple -> TypeError:", e)

# wrong number of arguments
for call in (lambda: eg.split(), lambda: eg.split(ValueError, TypeError),
             lambda: eg.subgroup(), lambda: eg.split(condition=ValueError),
             lambda: eg.subgroup(ValueError, x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
