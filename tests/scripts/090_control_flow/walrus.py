# Assignment expressions (walrus) in if, while, comprehensions, and expressions.
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)
items = iter(data)
while (x := next(items, None)) is not None:
    print("got", x)
print([y for v in data if (y := v * 2) > 10])
print(y)
print((z := 5) + z, z)
values = [w for w in range(6) if (w % 2 == 0)]
print(values)
total = 0
print([total := total + v for v in [1, 2, 3]], total)
s = "hello world"
if (idx := s.find("o")) != -1:
    print("o at", idx)
