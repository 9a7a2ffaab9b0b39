# Nested comprehensions: transpose, flatten, cartesian products, and comprehension in comprehension.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row])
print([x for row in m for x in row if x % 2 == 0])
print([[x * 10 for x in row if x > 2] for row in m])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
print({k: [v for v in range(k)] for k in range(4)})
words = ["one", "two", "three"]
print([[c for c in w if c in "aeiou"] for w in words])
print(sum([sum(row) for row in m]), [max(col) for col in zip(*m)])
