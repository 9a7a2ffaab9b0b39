# Lexicographic list comparison, equality with nested elements and NaN identity shortcut.
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [3] > [2, 9, 9], [] < [0])
print([[1, 2], [3]] < [[1, 2], [4]], ["a", "b"] < ["a", "c"])
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], nan in [nan])
print([1, 2] == (1, 2), [1] != (1,))
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print(type(e).__name__, e)
print([1, "x"] == [1, "x"], [1, 2] <= [1, 2], [1, 2] >= [1, 3])
print(sorted([[2, 1], [1, 2], [1], [2]]))
