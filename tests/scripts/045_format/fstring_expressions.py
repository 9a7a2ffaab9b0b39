# f-string expressions: arithmetic, calls, comprehensions, dict access, conditional, escapes outside braces.
def greet(n):
    return "hi " + n
xs = [3, 1, 2]
d = {"a": [10, 20]}
print(f"{sorted(xs)} {max(xs)} {xs[-1]} {d['a'][1]} {greet('bob')}")
print(f"{'yes' if xs else 'no'} {len(d):03} {', '.join(map(str, xs))}")
print(f"tab\there {'quoted'} \"dq\" {{ }}")
print(f"{2 ** 10:,} {2 ** 0.5:.4} {-1:+} {10 // 3}")
x = 5
print(f"{x!r:>{x}}|{x * '-'}|{(x, x)}")
print(f"{x}{x}{x}", f"")
print(f"{x:}", f"{'a'!r:}")
