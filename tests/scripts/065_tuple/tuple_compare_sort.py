# Tuple comparison is lexicographic; sorting records by multiple fields.
records = [("bob", 25, 3.5), ("alice", 30, 3.9), ("carol", 25, 3.9), ("dave", 30, 2.1)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[1], r[0])))
print(sorted(records, key=lambda r: (-r[2], r[0])))
print(max(records, key=lambda r: r[2]), min(records))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 3), (2,) > (1, 99), (1, "a") < (1, "b"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((0, 0) == (0, 0.0), (1,) == [1])
