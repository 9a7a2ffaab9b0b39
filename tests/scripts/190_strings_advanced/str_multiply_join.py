# String repetition and joining of generators/maps; building strings efficiently.
print("-" * 20)
print("ab" * 3, "x" * 0 == "", "abc" * -2 == "")
print(", ".join(str(i * i) for i in range(5)))
print("".join(map(chr, range(65, 70))))
print("\n".join(f"{i}: {'#' * i}" for i in range(1, 5)))
parts = []
for word in ["alpha", "beta", "gamma"]:
    parts.append(word[0].upper() + word[1:])
print(" ".join(parts))
print("|".join(["", "", ""]), "+".join("abc"))
print(" ".join(reversed("one two three".split())))
print("".join(sorted("hello world")).strip())
