# with inside loops, and loops inside with: exit ordering with break/continue/else.
class CM:
    def __init__(self, tag): self.tag = tag
    def __enter__(self):
        print(" enter", self.tag)
        return self.tag
    def __exit__(self, *a):
        print(" exit", self.tag)
with CM("outer"):
    for i in range(4):
        if i == 1:
            continue
        if i == 3:
            break
        print(" iter", i)
    else:
        print(" no else")
count = 0
while True:
    with CM("w%d" % count):
        count += 1
        if count < 2:
            continue
        break
print("count", count)
for tag in "ab":
    with CM(tag) as t:
        pass
else:
    print("for-else after", t)
