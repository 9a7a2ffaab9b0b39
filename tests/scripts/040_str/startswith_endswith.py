# startswith/endswith with tuples and ranges; membership with `in`.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(("zip", "gz")))
print(s.startswith(("a", "b", "f")), s.startswith("name", 4), s.endswith("tar", 0, 12))
print(s.startswith(""), "".startswith(""), "".endswith("x"))
print("tar" in s, "zip" not in s, "" in s, "F" in s)
try:
    s.startswith(["f"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in s
except TypeError as e:
    print(type(e).__name__, e)
print("ab" in "xaby", "ba" in "xaby", "a" in "")
