# str.split / rsplit / join with and without separators and maxsplit.
s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("".split(), "".split(","), "   ".split())
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print("x--y--z".split("--"), "abc".split("abc"))
print("a\tb\nc  d".split())
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(str(i) for i in range(4)))
print(" ".join(["one"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("1.2.3".split(".", maxsplit=1), "1.2.3".rsplit(".", maxsplit=0))
