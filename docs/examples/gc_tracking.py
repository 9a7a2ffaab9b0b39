import gc

print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked([]), gc.is_tracked("text"), gc.is_tracked((1, 2)))
