# Comprehensions combining multiple for/if clauses, ternaries, and function calls with side effects.
calls = []
def expensive(x):
    calls.append(x)
    return x * 2
print([expensive(x) for x in range(6) if x % 2 == 0])
print(calls)
print([a + b for a in "xy" if a != "z" for b in "12" if b != "3"])
print(["fizz" if n % 3 == 0 else n for n in range(1, 8)])
print([(i, c) for i, c in enumerate("hello") if c == "l"])
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name for num, name in pairs if num != 2])
print([w for w in "a bb ccc dddd".split() if len(w) % 2 == 0 and w[0] in "bd"])
print([[j for j in range(i)] for i in range(4) if i])
