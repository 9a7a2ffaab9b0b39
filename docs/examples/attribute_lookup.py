# Attribute lookup order: data descriptors, then the instance dict, then non-data
# descriptors and plain class attributes, then __getattr__.
class Data:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__ intercepts", value)

class NonData:
    def __get__(self, obj, owner):
        return "non-data descriptor"

class Thing:
    d = Data()
    n = NonData()
    plain = "class attribute"
    def __getattr__(self, name):
        return f"__getattr__({name!r})"

t = Thing()
t.__dict__.update(d="instance d", n="instance n", plain="instance plain")
print(t.d)        # the data descriptor wins over the instance dict
print(t.n)        # the instance dict wins over a non-data descriptor
print(t.plain)    # and over a plain class attribute
print(t.missing)  # nothing found: __getattr__
t.d = 1           # assignment also goes to the data descriptor
print(Thing.n, Thing.plain)
