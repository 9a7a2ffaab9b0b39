# assert statements: passing, failing with and without message, and AssertionError args.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ("tuple", "msg")
except AssertionError as e:
    print(e.args)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
for v in [3, "3"]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e)
print(__debug__)
