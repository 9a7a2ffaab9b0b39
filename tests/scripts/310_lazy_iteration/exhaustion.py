# Iterators can be consumed only once; iterables give fresh iterators.
nums = [1, 2, 3]
it = iter(nums)
print(iter(it) is it)
print(list(it))
print(list(it))
print(sum(nums), sum(nums))

g = (x * x for x in nums)
print(sum(g), sum(g))

m = map(str, nums)
print(list(m), list(m))
print("2" in map(str, nums))

# membership tests consume the iterator up to the match
it = iter(range(10))
print(5 in it)
print(next(it))
print(100 in it)
print(list(it))

# max/min/sorted consume everything
it = iter([3, 1, 2])
print(max(it), list(it))

# len() doesn't work on iterators
try:
    len(iter(nums))
except TypeError as e:
    print(type(e).__name__, e)

# an exhausted list iterator stays exhausted even if the list grows
lst = [1]
it = iter(lst)
print(list(it))
lst.append(2)
print(list(it))

# but a not-yet-exhausted one sees the new items
lst = [1, 2]
it = iter(lst)
print(next(it))
lst.append(3)
print(list(it))

# dict iterators
d = {"a": 1, "b": 2}
ki = iter(d)
print(next(ki), list(ki), list(ki))

# tuple unpacking from an iterator
it = iter("abcde")
first, second, *rest = it
print(first, second, rest, list(it))

# str iterator
s = iter("hi")
print(type(s).__name__, next(s), next(s), next(s, "end"))
