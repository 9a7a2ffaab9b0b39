# Walrus inside comprehensions binds in the enclosing scope; filtering on computed values.
data = [4, 9, 15, 16, 22]
roots = [r for n in data if (r := round(n ** 0.5)) ** 2 == n]
print(roots, r)
last = None
squares = [last := v * v for v in range(5)]
print(squares, last)
def f():
    matches = [m for w in ["ab", "cd", "abc"] if (m := w.upper()).startswith("A")]
    return matches, m
print(f())
total = 0
running = [total := total + v for v in [5, 10, 15]]
print(running, total)
