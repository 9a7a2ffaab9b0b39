# Dict comprehensions, inversion, grouping, filtering and nested dicts.
squares = {n: n * n for n in range(6)}
print(squares)
print({v: k for k, v in squares.items() if k % 2})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
print({k: len(v) for k, v in groups.items()})
print({w: i for i, w in enumerate(words) if "e" in w})
matrix = {r: {c: r * c for c in range(3)} for r in range(2)}
print(matrix)
print({(x, y): x + y for x in range(2) for y in range(2)})
print({k: k for k in "aab"})
