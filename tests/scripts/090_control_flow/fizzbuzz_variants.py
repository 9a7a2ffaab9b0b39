# Control flow exercised via several FizzBuzz formulations producing identical output.
def v1(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out
def v2(n):
    return ["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, n + 1)]
def v3(n):
    i = 0
    out = []
    while i < n:
        i += 1
        s = ""
        if not i % 3:
            s += "Fizz"
        if not i % 5:
            s += "Buzz"
        out.append(s if s else str(i))
    return out
print(" ".join(v1(20)))
print(v1(100) == v2(100) == v3(100))
