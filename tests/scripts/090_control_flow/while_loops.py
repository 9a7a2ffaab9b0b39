# while loops with counters, break, continue, and else clause.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)
k = 0
while True:
    k += 1
    if k > 3:
        break
else:
    print("not printed")
print("after break, k =", k)
while False:
    pass
else:
    print("else on never-true while")
