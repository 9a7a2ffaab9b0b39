# Nested loops with break out of inner only, flag-based outer break, and multiplication table.
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(f"{i * j:2d}")
    print(" ".join(row))
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
count = 0
for a in range(3):
    for b in range(3):
        if a == b:
            continue
        for c in range(3):
            if c in (a, b):
                continue
            count += 1
            print(a, b, c)
print("permutations:", count)
