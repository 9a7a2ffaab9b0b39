# Reusable validator descriptors with inheritance of the validation logic.
class Validator:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name
    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
class Positive(Validator):
    def validate(self, v):
        if v <= 0:
            raise ValueError("%s must be positive, got %r" % (self.public, v))
class OneOf(Validator):
    def __init__(self, *options):
        self.options = options
    def validate(self, v):
        if v not in self.options:
            raise ValueError("%s must be one of %r" % (self.public, self.options))
class Item:
    qty = Positive()
    kind = OneOf("a", "b")
    def __init__(self, qty, kind):
        self.qty, self.kind = qty, kind
i = Item(3, "a")
print(i.qty, i.kind, sorted(vars(i)))
for args in [(0, "a"), (1, "z"), (-5, "q")]:
    try:
        Item(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print(type(Item.qty).__name__, Item.kind.options)
