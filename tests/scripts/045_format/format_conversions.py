# Conversion flags !r !s !a in str.format and f-strings with custom classes and unicode.
class T:
    def __repr__(self):
        return "T<é>"
    def __str__(self):
        return "t-str"
t = T()
print("{0} {0!s} {0!r} {0!a}".format(t))
print(f"{t} {t!s} {t!r} {t!a}")
print(f"{'日本'!a} {'x'!r:>6} {3!r:>4}")
print("{!r:^10}|".format("ab"))
try:
    "{!x}".format(1)
except ValueError as e:
    print(type(e).__name__, e)
