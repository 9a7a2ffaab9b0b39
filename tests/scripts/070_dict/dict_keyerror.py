# KeyError messages: repr of the missing key for various key types; unhashable key errors.
d = {"a": 1}
for key in ["missing", 42, (1, 2), None, 1.5, "quote'd", ""]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["zz"]
except KeyError as e:
    print("del:", e)
for bad in [[1], {}, {1}]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in d
except TypeError as e:
    print(type(e).__name__, e)
