# int() with objects defining __int__/__index__, int subclass behaviour.
class A:
    def __index__(self):
        return 7
class B:
    def __int__(self):
        return 9
print(int(B()), hex(A()), [10, 20, 30, 40, 50, 60, 70, 80][A()])
print(bin(A()), oct(A()))
class MyInt(int):
    pass
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, type(m).__name__, isinstance(m, int))
print(MyInt("12", 8), int(m))
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
print(int(Both()), [0, 10, 20][Both()])
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int("101", base=2))
try:
    int(B(), 10)
except TypeError as e:
    print(type(e).__name__, e)
