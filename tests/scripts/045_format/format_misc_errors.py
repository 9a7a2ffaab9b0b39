# Format errors: invalid specs, unknown codes for types, mixing auto and manual numbering.
cases = [
    (lambda: format(1, "z"), "int z"),
    (lambda: format(1.0, "d"), "float d"),
    (lambda: format("s", "d"), "str d"),
    (lambda: format(1, "<<<"), "bad spec"),
    (lambda: "{0} {}".format(1, 2), "mixed"),
    (lambda: "{:d}".format("x"), "str d via format"),
    (lambda: "{} {}".format(1), "missing"),
    (lambda: "{a}".format(b=1), "missing key"),
    (lambda: "{0.nope}".format(1), "missing attr"),
]
for fn, label in cases:
    try:
        print(label, fn())
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(label, "->", type(e).__name__, e)
