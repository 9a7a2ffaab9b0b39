# __missing__ on dict subclasses is used by d[k] only (not get/in/pop).
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
d = Default(a=1)
print(d["a"], d["zz"], d.get("q"), "zz" in d, d)
class Auto(dict):
    def __missing__(self, key):
        self[key] = value = Auto()
        return value
tree = Auto()
tree["x"]["y"]["z"] = 1
print(tree)
class Raising(dict):
    def __missing__(self, key):
        raise KeyError("custom " + key)
try:
    Raising()["k"]
except KeyError as e:
    print(type(e).__name__, e)
class NotDict:
    def __missing__(self, key):
        return 0
try:
    NotDict()["k"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop("nothing")
except KeyError as e:
    print(type(e).__name__, e)
