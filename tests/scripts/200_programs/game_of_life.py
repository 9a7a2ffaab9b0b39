# Conway's Game of Life on a small torus: glider evolution and population counts.
W, H = 8, 8
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def show(cells):
    for y in range(H):
        print("".join("#" if (x, y) in cells else "." for x in range(W)))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = glider
for gen in range(4):
    cells = step(cells)
print(sorted(cells))
show(cells)
pops = []
for gen in range(32):
    cells = step(cells)
    pops.append(len(cells))
print(pops)
print(cells == {((x + 9) % W, (y + 9) % H) for x, y in glider})
