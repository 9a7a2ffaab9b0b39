# Misc builtins: bin/hex on bool, len of dict views, sorted(dict.items), print return value, slice().
print(print("printed") is None)
d = {"a": 1, "b": 2}
print(len(d.keys()), len(d.items()), sorted(d.items(), reverse=True))
print(slice(3), slice(1, 5, 2).indices(3), list(range(10))[slice(2, 8, 3)])
print(type(print).__name__, print.__name__, len.__name__, abs.__qualname__)
print(max(range(5), key=lambda x: (x % 3, x)), min("bca"), sum([True, True]))
print(all(isinstance(x, int) for x in [1, True, 2 ** 80]))
print(list(map(abs, range(-2, 3))), list(filter(str.isalpha, "a1b2")))
print(repr(None), repr(...), repr(NotImplemented), str(type(None)))
