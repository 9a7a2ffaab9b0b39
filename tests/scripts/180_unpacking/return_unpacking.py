# Unpacking function return values, divmod results, and string splitting into variables.
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
q, r = divmod(100, 7)
print(q, r)
user, domain = "someone@example.com".split("@")
print(user, domain)
key, _, value = "color=blue".partition("=")
print(key, value)
year, month, day = map(int, "2024-03-15".split("-"))
print(year + 1, month * 2, day // 2)
(a, b), = [(1, 2)]
print(a, b)
h, m, s = (int(x) for x in "12:34:56".split(":"))
print(h * 3600 + m * 60 + s)
