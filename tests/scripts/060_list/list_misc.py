# Misc list behaviour: list() from dict/generators, repetition with zero/negative, truthiness, unpack.
print(list({"a": 1, "b": 2}), list(x * x for x in range(4)), [0] * -1, [1, 2] * 0)
print(bool([]), bool([0]), bool([[]]))
first, *rest = [1, 2, 3, 4]
print(first, rest)
m = [[1, 2, 3], [4, 5, 6]]
print([row[1] for row in m], [list(col) for col in zip(*m)])
flat = [x for row in m for x in row]
print(flat, flat[::-1][::2])
grid = [["." for _ in range(3)] for _ in range(2)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
print([i for i in range(20) if i % 3 == 0][-2:])
print(list(map(list, ["ab", "cd"])))
