# for loops over sequences, ranges, strings, dicts; for-else, break, continue.
for ch in "abc":
    print(ch, end=" ")
print()
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i, end=" ")
print()
for n in [4, 6, 9, 7]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for k in {"x": 1, "y": 2}:
    print(k, end="")
print()
for i in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    pass
print("loop var after loop:", i)
