# Graph algorithms on a small grid maze: BFS shortest path, DFS reachability, path reconstruction.
maze = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "#.#...#.",
    "..#.#.#E",
]
rows, cols = len(maze), len(maze[0])
start = end = None
for r, line in enumerate(maze):
    for c, ch in enumerate(line):
        if ch == "S":
            start = (r, c)
        elif ch == "E":
            end = (r, c)
def neighbors(p):
    r, c = p
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#":
            yield nr, nc
prev = {start: None}
queue = [start]
while queue:
    cur = queue.pop(0)
    if cur == end:
        break
    for n in neighbors(cur):
        if n not in prev:
            prev[n] = cur
            queue.append(n)
path = []
node = end
while node is not None:
    path.append(node)
    node = prev[node]
path.reverse()
print(len(path) - 1, path[:4], path[-3:])
grid = [list(line) for line in maze]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
print(len(prev), sum(line.count(".") for line in maze) + 2)
