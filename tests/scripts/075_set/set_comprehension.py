# Set comprehensions and dedup patterns, printed sorted or as small int sets.
print({x % 5 for x in range(20)})
print({x * x for x in [-2, -1, 0, 1, 2]})
words = ["Apple", "apple", "APPLE", "pear", "Pear"]
print(sorted({w.lower() for w in words}))
seen = set()
unique = []
for w in ["b", "a", "b", "c", "a"]:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, sorted(seen))
print(sorted(set("mississippi")), len(set("mississippi")))
print({c for c in "aabbcc"} == set("abc"))
print(sorted({(i, j) for i in range(3) for j in range(3) if i < j}))
