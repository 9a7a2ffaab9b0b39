# Small non-negative int sets (all < 8) print in ascending order (hash == value); sorted() for the rest.
print({5, 3, 1, 4, 2}, set(range(7, 0, -1)))
print({0, 7, 3}, {-1, -2, 3} == {3, -2, -1}, sorted({-5, 10, 0}))
s = set()
for i in (6, 2, 5):
    s.add(i)
print(s, min(s), max(s), sum(s))
print(sorted({1.5, 0.5, 2}), sorted({"b", "a"}))
print(list({3, 2, 1}), tuple({2, 1}))
t = {4, 2}
t.add(0)
t.add(6)
print(t, {7, 0, 1} - {0}, {1, 2, 3} | {0, 4})
