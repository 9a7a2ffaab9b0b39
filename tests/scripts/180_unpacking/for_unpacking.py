# Unpacking in for loops over dict items, zip, enumerate, and star targets in loops.
scores = {"ann": 90, "ben": 85}
for name, score in scores.items():
    print(f"{name}: {score}")
for i, (a, b) in enumerate(zip("xyz", [1, 2, 3]), start=1):
    print(i, a, b)
for first, *others in [[1, 2, 3], [4], [5, 6]]:
    print(first, others)
rows = [(1, 2, 3), (4, 5, 6)]
for *front, back in rows:
    print(front, back)
total = 0
for _, v in [("a", 1), ("b", 2)]:
    total += v
print(total)
for (a, b), c in [((1, 2), 3)]:
    print(a + b + c)
