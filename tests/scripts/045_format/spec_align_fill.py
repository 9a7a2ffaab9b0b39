# Format spec: fill characters, alignment <, >, ^, = and width for str and numbers.
for spec in ["10", "<10", ">10", "^10", "*<10", "*>10", "*^10", "-^9", "0>6", "x^3"]:
    print(repr(format("abc", spec)), repr(format(42, spec)))
print(repr(format(-42, "=8")), repr(format(-42, "0=8")), repr(format(42, "+=8")), repr(format(-4.5, "*=9")))
print(repr(format("abc", "2")), repr(format(12345, "3")))
print("[{:^4}]".format("ab"), "[{:^5}]".format("ab"), "[{:^5}]".format("abc"))
try:
    format("abc", "=5")
except ValueError as e:
    print(type(e).__name__, e)
