# for/while else with break inside nested try/finally; continue in finally-less try.
def search(items, target):
    for i, x in enumerate(items):
        try:
            if x == target:
                break
        finally:
            pass
    else:
        return "not found"
    return f"found at {i}"
print(search([1, 2, 3], 2), search([1, 2, 3], 9), search([], 1))
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while completed", n)
