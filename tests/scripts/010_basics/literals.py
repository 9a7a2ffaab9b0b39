# Literal forms: ints in various bases, floats, strings, containers.
print(0, 42, -7, 1_000_000)
print(0x1F, 0o17, 0b1010, 0XFF, 0O7, 0B11)
print(1.5, 2., .5, 1e3, 1E-2, 1_0.0_1)
print('it''s', "con" "cat")
print("""triple
quoted""")
print(r"raw\nstring")
print([1, 2, 3], (1,), (), {}, {"a": 1})
print({1})
print(type(...).__name__, ...)
print(True + True)
print(b"bytes", rb"\d")
print('\x41\101\u0042\N{LATIN SMALL LETTER A}')
