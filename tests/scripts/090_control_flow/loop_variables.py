# Loop variables leak to the enclosing scope; rebinding inside the body does not affect iteration.
for i in range(3):
    i = i * 100
    print(i, end=" ")
print()
print("after:", i)
for x, y in [(1, 2), (3, 4)]:
    pass
print(x, y)
lst = [1, 2, 3]
for idx in range(len(lst)):
    lst[idx] *= 2
print(lst)
funcs = []
for k in range(3):
    funcs.append(lambda: k)
print([f() for f in funcs])
funcs = []
for k in range(3):
    funcs.append(lambda k=k: k)
print([f() for f in funcs])
