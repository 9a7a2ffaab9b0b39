# casefold for caseless comparison; isidentifier and keyword-like identifiers.
pairs = [("Straße", "STRASSE"), ("HELLO", "hello"), ("ﬁne", "FINE"), ("Σίσυφος", "ΣΊΣΥΦΟΣ")]
for a, b in pairs:
    print(a.lower() == b.lower(), a.casefold() == b.casefold())
print("ß".casefold(), "ß".lower(), "ß".upper())
for s in ["valid_name", "_private", "2bad", "with space", "", "naïve", "class", "a-b", "__dunder__", "x1"]:
    print(repr(s), s.isidentifier())
print(sorted(["b", "A", "ß", "ss", "B"], key=str.casefold))
print("ΣΑΣ".casefold(), "ﬃ".casefold(), "ǅ".casefold(), "İ".casefold().encode("utf-8"))
print("_".isidentifier(), "a.b".isidentifier(), "ℕ".isidentifier(), "x²".isidentifier())
