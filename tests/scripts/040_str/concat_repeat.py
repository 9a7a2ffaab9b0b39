# String concatenation, repetition, comparison, and immutability.
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * 0 == "", a * -1 == "")
c = a
a += "!"
print(a, c, a is not c)
print("abc" < "abd", "abc" < "ab", "a" * 3 == "aaa", "A" < "a")
print(sorted(["banana", "Apple", "cherry", "apple"]))
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
