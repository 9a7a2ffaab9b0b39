# __str__/__repr__ overrides on exceptions are used by str(), print and f-strings.
class Pretty(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field, self.value = field, value
    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"
try:
    raise Pretty("age", -1)
except Pretty as e:
    print(e)
    print(str(e), repr(e), e.args)
    print(f"{e}", "%s" % e)
class ReprOnly(ValueError):
    def __repr__(self):
        return "ReprOnly<%s>" % self.args
r = ReprOnly("x")
print(str(r), repr(r))
class KeyLike(KeyError):
    def __str__(self):
        return "custom key message"
print(str(KeyLike("k")), repr(KeyLike("k")))
