# str.expandtabs with default and custom tab sizes, and interaction with newlines.
s = "a\tbc\tdef\tg"
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)))
print(repr(s.expandtabs(1)))
print(repr(s.expandtabs(0)))
print(repr("x\ty\nxx\tyy\n\tz".expandtabs(3)))
print(repr("no tabs".expandtabs()))
print(repr("\t\t".expandtabs(2)))
for line in "name\tqty\nwidget\t3\nthingamajig\t12".split("\n"):
    print(line.expandtabs(12) + "|")
