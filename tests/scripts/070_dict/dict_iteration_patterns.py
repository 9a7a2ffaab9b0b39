# Iterating dicts: keys, values, items, sorted, enumerate, zip of keys/values, dict from zip.
prices = {"apple": 1.2, "pear": 0.8, "kiwi": 0.5, "mango": 2.0}
for name in prices:
    print(name, end=" ")
print()
print(sum(prices.values()), min(prices, key=prices.get), sorted(prices, key=prices.get, reverse=True))
for i, (k, v) in enumerate(sorted(prices.items())):
    print(i, k, v)
print(dict(zip(prices.values(), prices.keys())))
print({k: v for k, v in prices.items() if v < 1})
keys, vals = zip(*prices.items())
print(keys, vals)
it = iter(prices)
print(next(it), next(it), list(it))
