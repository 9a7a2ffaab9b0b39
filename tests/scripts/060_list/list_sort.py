# list.sort and sorted: key, reverse, stability, mixed-type errors.
words = ["banana", "Apple", "cherry", "apple", "fig", "date"]
w = words[:]
w.sort()
print(w)
w.sort(key=len)
print(w)
w.sort(key=str.lower, reverse=True)
print(w)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, reverse=True), nums)
print(nums.sort(), nums)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([]), sorted("cba"), sorted({3: 0, 1: 0}))
