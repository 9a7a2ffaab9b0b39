# Builtins over lists: len/sum/min/max/sorted/reversed/enumerate/zip/any/all/list.
a = [4, 8, 15, 16, 23, 42]
print(len(a), sum(a), min(a), max(a), sum(a) / len(a))
print(list(reversed(a)), list(enumerate(a, 1))[:2], list(zip(a, a[1:])))
print(any(x > 40 for x in a), all(x > 0 for x in a), any([]), all([]))
print([x for x in a if x % 2], list(map(lambda x: x // 2, a)), list(filter(None, [0, 1, "", "a"])))
print(a.__len__(), a.__getitem__(0), a.__contains__(15))
r = reversed(a)
print(next(r), next(r), type(r).__name__)
print(list(a) is not a, list(a) == a)
print(max([[1, 2], [1, 3], [0, 9]]), min(["b", "a"], key=len))
