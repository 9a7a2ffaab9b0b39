# Set errors: unhashable elements, remove missing, comparison operator semantics (not total order).
for bad in ([[1]], [{}], [{1}]):
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {1}.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} == {1, 3})
print(sorted([{1, 2}, {3}], key=len))
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
