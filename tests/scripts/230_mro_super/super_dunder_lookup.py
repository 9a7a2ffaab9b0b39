# super() proxies look up dunders explicitly; implicit operator syntax on super objects fails.
class A:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
class B(A):
    def __len__(self):
        return super().__len__() + 1
    def check(self):
        s = super()
        try:
            len(s)
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            s[1]
        except TypeError as e:
            print(type(e).__name__, e)
        return s.__getitem__(2)
b = B()
print(len(b), b[5], b.check())
