# zip(strict=True) raises ValueError when lengths differ.
def attempt(*its):
    out = []
    try:
        for t in zip(*its, strict=True):
            out.append(t)
        print("ok", out)
    except ValueError as e:
        print("partial", out, "|", type(e).__name__, e)


attempt([1, 2], "ab")
attempt([1, 2, 3], "ab")
attempt([1], "ab")
attempt([1, 2], "ab", (9,))
attempt([1, 2], "ab", (9, 8, 7))
attempt([1, 2], [], "ab")
attempt([], [], [])
attempt([1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3])
attempt([1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4, 5])
attempt()
attempt("abc")

print(list(zip([1, 2], [3, 4], strict=False)))
print(list(zip([1, 2], [3], strict=False)))


def gen(name, n):
    for i in range(n):
        yield name + str(i)
    print("  ", name, "exhausted")


attempt(gen("a", 2), gen("b", 3))
attempt(gen("a", 3), gen("b", 2))

try:
    zip([1], [2], foo=True)
except TypeError as e:
    print(type(e).__name__, e)

# strict is checked lazily: creating the zip is fine
z = zip([1], [1, 2], strict=True)
print("created")
print(next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
