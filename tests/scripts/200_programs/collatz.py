# Collatz sequences: longest chain under 10000, sequence for 27 summary, memoized lengths.
cache = {1: 1}
def chain_len(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return cache[path[0]] if path else length
best = max(range(1, 10000), key=chain_len)
print(best, chain_len(best))
seq = [27]
while seq[-1] != 1:
    n = seq[-1]
    seq.append(n // 2 if n % 2 == 0 else 3 * n + 1)
print(len(seq), max(seq), seq[:10], seq[-5:])
print([chain_len(n) for n in range(1, 21)])
