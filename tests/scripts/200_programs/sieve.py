# Sieve of Eratosthenes: primes below 200, count below 10000, twin primes.
def sieve(n):
    is_prime = [True] * n
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, n, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]
small = sieve(200)
print(small)
print(len(sieve(10000)), sieve(10000)[-1])
twins = [(p, p + 2) for p in small if p + 2 in set(small)]
print(twins)
gaps = {}
for a, b in zip(small, small[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
