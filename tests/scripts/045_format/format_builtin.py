# format() builtin and __format__ on user classes; object default format errors.
print(format(3.14159), format(3.14159, ".2f"), format("x"), format(None), format([1, 2]))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(s, spec) if spec else s
m = Money(12345)
print(format(m), f"{m}", f"{m:>12}|", "{:<12}|".format(m))
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()!s:>8}")
try:
    format(Plain(), "10")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
print(format(True), format(True, "^6"), format(1 + 2j, "^12"))
