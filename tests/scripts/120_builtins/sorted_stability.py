# sorted/list.sort stability across multi-pass sorts and key functions returning tuples.
people = [("amy", 30), ("bob", 25), ("cal", 30), ("dan", 25), ("eve", 35), ("fay", 30)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_name_desc = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_name_desc, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([3, 1, 2], key=lambda x: 0))
print(sorted([3, 1, 2], key=lambda x: 0, reverse=True))
data = [5, 3, 5, 1, 3]
indexed = sorted(range(len(data)), key=lambda i: data[i])
print(indexed)
print(sorted(["b", "a", "B", "A"], key=str.upper))
