# if/elif/else chains with various truthy conditions and nesting.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))
x = []
if x:
    print("non-empty")
else:
    print("empty")
if "a" in "abc":
    if len("abc") > 2:
        print("nested true")
if None:
    print("never")
elif 0.0:
    print("never either")
else:
    print("fallthrough")
