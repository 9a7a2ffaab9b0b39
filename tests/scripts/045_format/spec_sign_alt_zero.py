# Format spec: sign (+, -, space), alternate form (#), zero padding, grouping (, and _).
for v in [42, -42, 0]:
    print(repr(format(v, "+")), repr(format(v, "-")), repr(format(v, " ")), repr(format(v, "05")), repr(format(v, "+05")))
print(format(1234567, ","), format(1234567, "_"), format(-1234567, ","), format(123, ","))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(0.5, ",f"))
print(format(0xDEADBEEF, "_x"), format(0b101010101, "_b"), format(255, "#_o"))
print(format(255, "#010x"), format(-255, "#010x"), format(5, "#06b"), format(8, "+#o"))
print(format(1234, "010,"), format(1234.5, "012,.2f"), format(-1, "03"))
print(format(3.0, "#"), format(3.0, "#.0f"), format(3, "#.0e"), format(1.5, "+.1f"), format(-0.0, "+"))
try:
    format(12, ",_")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", ",")
except ValueError as e:
    print(type(e).__name__, e)
