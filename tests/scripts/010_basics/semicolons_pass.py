# Statement forms: semicolons, pass, multiple statements on a line, line continuation.
a = 1; b = 2; print(a + b)
if a: pass
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,
    3,
]
print(items)
result = (1 +
          2)
print(result)
def noop(): pass
print(noop())
class Empty: pass
print(Empty.__name__)
while False: pass
for _ in range(0): pass
print("end")
