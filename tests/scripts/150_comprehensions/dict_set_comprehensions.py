# Dict and set comprehensions with conditions and computed keys; key collisions keep last.
print({x: x ** 3 for x in range(5)})
print({w: len(w) for w in ["apple", "fig", "kiwi"] if len(w) > 3})
print({k % 3: k for k in range(10)})
print(sorted({x % 4 for x in range(20)}), {n * 0 for n in range(5)})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print({ch: i for i, ch in enumerate("abcab")})
matrix = [[1, 2], [3, 4]]
print({(r, c): matrix[r][c] for r in range(2) for c in range(2)})
print({frozenset({x, y}) == frozenset({y, x}) for x in range(3) for y in range(3)})
