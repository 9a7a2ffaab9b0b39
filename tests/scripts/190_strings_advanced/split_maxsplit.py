# split/rsplit with maxsplit, whitespace vs explicit separators, and consecutive separators.
s = "a  b c   d"
for n in [-1, 0, 1, 2, 10]:
    print(n, s.split(maxsplit=n), s.rsplit(maxsplit=n), s.split(" ", n), s.rsplit(" ", n))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1), path.split("/", 2), path.rpartition("/")[2])
print("k1=v1;k2=v2;k3".split(";"), [p.split("=", 1) for p in "k1=v1;k2=v2=x".split(";")])
print("  leading".split(" "), "trailing  ".rsplit(" ", 1))
print("a,b,c".split(",", -1), "a,b,c".rsplit(",", -1), "".rsplit(None, 1), "   ".rsplit(" ", 1))
print("one two".split(None, 0), "  one two  ".split(None, 0), "  one two  ".rsplit(None, 0))
