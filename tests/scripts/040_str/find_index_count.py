# find/rfind/index/rindex/count including start/end arguments and not-found errors.
s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.find("o", 5), s.find("o", 5, 7))
print(s.index("world"), s.rindex("o"), s.count("hello"), s.count("o"), s.count("o", 10))
print(s.find(""), s.rfind(""), s.count(""), "".count(""), "aaa".count("aa"))
print(s.find("h", -6), s.count("l", -10, -1))
try:
    s.index("xyz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("xyz")
except ValueError as e:
    print(type(e).__name__, e)
print("abc".find("c", 10), "abc".rfind("a", 1))
