# Custom exception classes: args, str, repr, extra attributes, inheritance and catching by base.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class Weird(Exception):
    def __str__(self):
        return "custom str"
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.field, e.args, repr(e))
for exc in [AppError(), AppError("one"), AppError("a", 2), Weird("ignored"), Exception(None), Exception("")]:
    print(repr(str(exc)), repr(exc), exc.args)
try:
    raise AppError
except AppError as e:
    print("class raised:", repr(e))
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1].__name__)
e = AppError("x")
e.args = ("changed", 1)
print(e, e.args)
