# A custom sequence supporting ints and slices via slice.indices, plus negative indices.
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i
sq = Squares(6)
print(sq[0], sq[5], sq[-1], sq[1:4], sq[::-2], sq[-3:], len(sq))
print(list(sq), 16 in sq, 15 in sq)
try:
    sq[6]
except IndexError as e:
    print(type(e).__name__, e)
print([x for x in sq if x % 2], sum(sq), list(reversed(sq)))
