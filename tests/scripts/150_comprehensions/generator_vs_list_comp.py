# Differences between list comprehensions and generator expressions: evaluation time and reuse.
trace = []
def t(x):
    trace.append(x)
    return x
lst = [t(x) for x in range(3)]
print("after list comp", trace)
trace.clear()
gen = (t(x) for x in range(3))
print("after genexp", trace)
print(list(gen), trace)
print(list(gen))
nums = [1, 2, 3]
g = (n * 10 for n in nums)
nums.append(4)
print(list(g))
nums2 = [1, 2, 3]
g2 = (n for n in nums2)
nums2 = [9, 9]
print(list(g2))
print(sum(x * x for x in range(1000)) == sum([x * x for x in range(1000)]))
