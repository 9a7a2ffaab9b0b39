# itertools.cycle saves the items of the first pass and repeats them.
from itertools import cycle, islice


def src():
    for c in "abc":
        print("  src yields", c)
        yield c


cy = cycle(src())
print("created")
print([next(cy) for _ in range(7)])
print(list(islice(cycle([1, 2]), 5)))
print(list(cycle([])))
print(type(cy).__name__, iter(cy) is cy)

# mutating the source after the first pass has no effect
lst = [1, 2]
cy = cycle(lst)
print(next(cy), next(cy), next(cy))
lst.append(3)
print(next(cy), next(cy))

# but mutation during the first pass is seen
lst = [1, 2]
cy = cycle(lst)
print(next(cy))
lst.append(3)
print([next(cy) for _ in range(5)])

try:
    cycle(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    cycle()
except TypeError as e:
    print(type(e).__name__, e)

# round robin assignment
workers = cycle(["w1", "w2", "w3"])
print({job: next(workers) for job in range(5)})
