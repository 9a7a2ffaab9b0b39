# str.format field references: auto/manual positional, keyword, index, attribute, escaping braces.
print("{} {} {}".format("a", "b", "c"))
print("{2} {1} {0} {0}".format("a", "b", "c"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[0]} {1[key]}".format(["x", "y"], {"key": "v"}))
class Pt:
    x = 3
    y = 4
print("({0.x}, {0.y}) {p.x}".format(Pt(), p=Pt()))
print("{{literal}} {}".format(5), "{{}}".format())
print("{0}{1}{0}".format("ab", "-"))
print("{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("{0!r} {0!s} {0!a}".format("é"))
print("{a[0][1]}".format(a=[[1, 2]]))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{", ()), ("}", ()), ("{x}", ()), ("{0[5]}", ([1],))]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
