# f-strings: expressions, method calls, nested quotes, conversions and format specs.
name = "World"
n = 7
items = [1, 2, 3]
print(f"Hello, {name}!", f"{n * 6}", f"{items[1]}", f"{len(items)}", f"{name.upper()}")
print(f"{n!r} {name!r} {name!s} {'é'!a}")
print(f"{n:>4}|{n:<4}|{n:04}|{n:x}|{n:#b}|{n / 3:.3f}")
print(f"{'nested ' + name}", f'{"dq"}', f"{{braces}}", f"{{{n}}}")
d = {"k": "v"}
print(f"{d['k']}", f"{d}", f"{[x * 2 for x in items]}")
print(f"{3.14159:{n}.{2}f}|")
print(f"{n if n > 5 else 0}", f"{(lambda x: x + 1)(n)}")
print(f"result: {sum(items)=}", f"{n=}", f"{n = }", f"{name=!s}", f"{n=:>5}")
print(f"{'a' 'b'}", f"multi" f"ple {n}")
print(f"{n:{'>'}{5}}")
