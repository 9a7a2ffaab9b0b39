# __bool__ and __len__ drive truthiness; __bool__ takes precedence over __len__.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
for obj in [Empty(), Full(), Both(), Plain()]:
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy", not obj)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print([bool(Flag(x)) for x in (True, False)], Flag(False) or "alt", Flag(True) and "yes")
print(any([Flag(False), Flag(True)]), all([Flag(True), Empty()]))
