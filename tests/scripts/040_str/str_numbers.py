# Converting between strings and numbers; digit extraction; str.isdigit-based parsing.
s = "a1b22c333"
digits = "".join(c for c in s if c.isdigit())
print(digits, int(digits), int(digits) * 2)
nums = []
cur = ""
for c in s + "x":
    if c.isdigit():
        cur += c
    elif cur:
        nums.append(int(cur))
        cur = ""
print(nums, sum(nums))
print(str(3.0), str(1 / 4), str(10 ** 3), str(-0.0))
print("3" + "4", int("3") + int("4"), float("3") + float("4"))
print(list(map(int, "1 2 3".split())), "-".join(map(str, [1, 2, 3])))
print(str(12345)[::-1], int(str(12345)[::-1]))
print(sum(int(d) for d in str(2 ** 100)))
