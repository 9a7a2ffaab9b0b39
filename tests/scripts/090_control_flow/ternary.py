# Conditional expressions, nested ternaries, and their laziness.
def side(msg, val):
    print("eval", msg)
    return val
for n in [-1, 0, 1]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
r = side("a", 1) if side("cond", False) else side("b", 2)
print(r)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print((lambda x: "big" if x > 10 else "small")(11))
print(1 if [] else 2, "t" if "x" else "f")
x = 7
msg = f"{x} is {'odd' if x % 2 else 'even'}"
print(msg)
