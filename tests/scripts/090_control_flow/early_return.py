# Early return from nested loops inside functions, and return in loops with else.
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))
def first_negative(nums):
    for n in nums:
        if n < 0:
            return n
    else:
        return "none"
print(first_negative([3, -1, -2]), first_negative([1]))
def count_until(limit):
    n = 0
    while True:
        n += 1
        if n * n > limit:
            return n
print(count_until(50))
