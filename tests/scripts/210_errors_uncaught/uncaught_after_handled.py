# Several exceptions are handled; the last one escapes. stdout up to that point is kept.
for s in ["1", "two", "3"]:
    try:
        print(int(s))
    except ValueError as e:
        print("handled:", e)
items = []
try:
    items.pop()
except IndexError as e:
    print("handled:", e)
print("now an unhandled TypeError")
result = "total: " + 42
print(result)
