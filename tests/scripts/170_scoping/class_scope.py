# Class scope names are not visible inside methods or nested functions; access via self/cls.
class K:
    attr = "class attr"
    other = attr + " (derived)"
    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"
    def via_self(self):
        return self.attr
    @classmethod
    def via_cls(cls):
        return cls.other
print(K().method())
print(K().via_self(), K.via_cls())
attr = "module-level attr"
print(K().method())
def f():
    y = 1
    class Inner:
        z = y + 1
        def get(self):
            return y
    return Inner.z, Inner().get()
print(f())
class Counter:
    n = 0
    def bump(self):
        Counter.n += 1
        return Counter.n
c = Counter()
print(c.bump(), c.bump(), Counter.n)
