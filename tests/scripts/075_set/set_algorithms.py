# Set-based algorithms: common elements, dedup while keeping order, graph reachability.
a = [5, 1, 3, 9, 7]
b = [3, 4, 5, 6]
print(sorted(set(a) & set(b)), sorted(set(a) - set(b)), sorted(set(a) ^ set(b)))
graph = {1: [2, 3], 2: [4], 3: [4], 4: [], 5: [1]}
def reachable(start):
    seen = {start}
    todo = [start]
    while todo:
        n = todo.pop()
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                todo.append(m)
    return seen
print(reachable(1), reachable(5), reachable(4))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
print(sorted({w for w in "a rose is a rose is a rose".split()}))
