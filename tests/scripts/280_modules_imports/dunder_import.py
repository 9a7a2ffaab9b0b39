# __import__ returns the top-level package unless fromlist is given.
m = __import__("_mods.pkg.core")
print(m.__name__)
m2 = __import__("_mods.pkg.core", fromlist=["name"])
print(m2.__name__, m2.name)
m3 = __import__("sys")
print(m3.__name__)
try:
    __import__("definitely_missing_mod")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
