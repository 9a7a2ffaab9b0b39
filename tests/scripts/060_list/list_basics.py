# List creation, indexing, len, concatenation, repetition, membership, equality.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a + [4], a * 2, 2 in a, 5 not in a)
print(list(), list("abc"), list(range(3)), list((1, 2)), [[]] * 2)
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1], [] == [])
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c)
print([1, 2, 3] < [1, 2, 4], [2] > [1, 100], [1, 2] < [1, 2, 3])
nested = [[0] * 3 for _ in range(2)]
nested[0][0] = 1
print(nested)
alias = [[0] * 3] * 2
alias[0][0] = 1
print(alias)
