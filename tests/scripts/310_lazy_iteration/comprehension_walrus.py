# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [1, 5, 2, 8, 3]
hits = [y for x in data if (y := x * 2) > 5]
print(hits, y)

total = 0
running = [total := total + x for x in data]
print(running, total)


def f():
    res = [last := c for c in "abc"]
    return res, last


print(f())


# the comprehension variable itself doesn't leak, the walrus target does
x = "unchanged"
[x2 := x for x in range(3)]
print(x, x2)

# walrus in the filter to avoid recomputation
def cost(n):
    print("  cost", n)
    return n * n


print([c for n in range(4) if (c := cost(n)) % 2 == 0])

# nonlocal binding through the comprehension
def counter():
    count = 0

    def bump(items):
        nonlocal count
        return [count := count + 1 for _ in items]

    return bump("abc"), count


print(counter())

# any() with walrus captures the witness
nums = [3, 7, 12, 5]
if any((w := n) > 10 for n in nums):
    print("witness", w)
if not all((v := n) < 6 for n in nums):
    print("counterexample", v)

# walrus in a dict comprehension value
print({k: (sq := k * k) for k in range(3)}, sq)

# nested comprehension walrus binds in the outermost function scope
def nested():
    pairs = [[(inner := i * j) for j in range(3)] for i in range(3)]
    return pairs, inner


print(nested())
