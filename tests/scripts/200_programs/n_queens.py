# N-queens via backtracking: count solutions for n=1..7 and print the first solution for n=6.
def solve(n):
    solutions = []
    cols = []
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions
for n in range(1, 8):
    print(n, len(solve(n)))
six = solve(6)
print(six)
for c in six[0]:
    print(" ".join("Q" if i == c else "." for i in range(6)))
