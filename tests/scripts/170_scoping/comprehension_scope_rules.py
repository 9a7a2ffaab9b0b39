# Comprehensions have their own scope but see enclosing function locals; class-body exception.
def f():
    base = 10
    return [base + i for i in range(3)]
print(f())
def g():
    data = [1, 2, 3]
    factor = 2
    return {x: x * factor for x in data}
print(g())
class A:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
print(A.doubled)
class B:
    k = 5
    try:
        out = [k * i for i in range(2)]
    except NameError as e:
        out = str(e)
print(B.out)
i = 99
squares = [i * i for i in range(4)]
print(squares, i)
