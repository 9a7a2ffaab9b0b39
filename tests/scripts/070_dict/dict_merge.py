# Dict merge operators | and |=, with precedence of the right operand and error cases.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
print({**b, "y": 0, **{"q": 9}})
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
c = {1: "one"}
c.update(c)
print(c, {} | {}, dict(a, **{"x": -1}))
