# Miscellaneous int behaviours: -0, repeated ops, min/max, sum, chained arith.
print(-0, 0 * -1, -(0))
print(sum(range(101)), sum(range(10 ** 4)))
print(max(3, 7, -1), min([4, 2, 8]))
print(sum([2 ** 64] * 4))
total = 0
for i in range(1, 101):
    total += i * i
print(total)
print(99 ** 9 % 1000, (99 ** 9) // 1000 % 1000)
print(3 * 7 % 5, 3 * (7 % 5), 2 + 3 * 4 ** 2 // 5)
print(1_000 * 1_000 == 10 ** 6)
print(abs(-7) + -abs(7), -(-(-7)))
print(17 // 5 * 5 + 17 % 5)
print(-17 // 5 * 5 + -17 % 5)
print(0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001)
