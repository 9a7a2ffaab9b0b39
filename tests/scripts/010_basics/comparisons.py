# Comparison operators, chaining, identity and equality between types.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
x = 1
print(None is None, None == None, x is not None)
print(True == 1, False == 0, True is True)
print(1 == "1", [] == [], [] is [])
print(0.1 + 0.2 == 0.3)
x = 5
print(0 < x <= 5, 0 < x < 5)
print(1 == 1 == 1, 1 == 1 != 2)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
