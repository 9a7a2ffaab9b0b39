# How much of an iterator various consumers use.
def src(items):
    for x in items:
        print("  yield", x)
        yield x


print("any:", any(src([0, 0, 3, 0])))
print("all:", all(src([1, 2, 0, 3])))
print("in:", 2 in src([1, 2, 3]))
print("not in:", 9 not in src([1, 2]))
print("min:", min(src([4, 2, 8])))
print("sorted:", sorted(src([3, 1])))
print("sum:", sum(src([1, 2]), 10))

# 'in' consumes up to the match, leaving the rest
it = src([1, 2, 3, 4])
print(2 in it)
print(list(it))

# unpacking checks for exactly the right count
it = src([1, 2, 3])
try:
    a, b = it
except ValueError as e:
    print(type(e).__name__, e)
print(list(it))

# max with default on empty iterators
print(max(src([]), default="empty"))
try:
    min(src([]))
except ValueError as e:
    print(type(e).__name__, e)

# str.join, tuple, dict consume everything
print("-".join(src("ab")))
print(dict(src([("k", 1)])))

# the and/or operators with generator results
print(list(src([1])) and "truthy")

# list.extend from a generator, list slice assignment
lst = [0]
lst.extend(src([1, 2]))
lst[1:2] = src(["a", "b"])
print(lst)

# next() on a filter short-circuits
print(next(filter(lambda x: x > 1, src([1, 2, 3]))))
