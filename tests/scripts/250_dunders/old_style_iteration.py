# Iteration via __getitem__ alone (sequence protocol) stops at IndexError.
class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError("end")
        return i * i
print(list(Seq()))
for x in Seq():
    if x == 1:
        break
it = iter(Seq())
print(type(it).__name__, next(it), next(it))
class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopEarly()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)
a, b, c = Seq()
print(a, b, c, sum(Seq()), sorted(Seq(), reverse=True))
