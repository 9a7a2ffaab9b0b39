# Unicode handling: combining characters, surrogate-free astral characters, width of strings, sorting.
s = "e\u0301"
print(len(s), s == "é", len("é"), [hex(ord(c)) for c in s])
astral = "a😀b"
print(len(astral), astral[1], astral[::-1], astral.encode("utf-8"), len(astral.encode("utf-16-le")))
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "Ⅷ".isnumeric(), "Ⅷ".isdigit())
print(sorted(["é", "e", "f", "E", "É"]))
print("ﬀ".upper(), "İstanbul".lower() == "i̇stanbul", "ΣΑΣ".lower())
print("Ω".encode("utf-8"), "Ω".encode("utf-8").decode("utf-8") == "Ω")
print(repr("\u00a0"), "\u00a0".isspace(), "\u3000".isspace(), "\u200b".isspace())
print("١٢٣".isdigit(), int("١٢٣"), float("١.٥"))
