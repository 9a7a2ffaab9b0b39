# and/or/not semantics, truthiness of various values.
print(True and False, True or False, not True)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default")
print(None or 0 or [] or "last")
print(1 and "a" and [1])
print(not 0, not 1, not "", not "a", not [], not [0])
for v in [0, 1, -1, 0.0, 0.5, "", " ", [], [0], (), {}, {0: 0}, None, set()]:
    print(repr(v), bool(v))
print(bool(), bool(0j), bool(1j))
