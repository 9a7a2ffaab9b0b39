# Exceptions raised and handled inside loops; continue/break from except; collecting errors.
values = ["1", "x", "3", "", "5.0", "6"]
total = 0
errors = []
for v in values:
    try:
        total += int(v)
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        pass
print(total)
for err in errors:
    print(err)
i = 0
while True:
    try:
        if i == 3:
            raise StopIteration
        i += 1
    except StopIteration:
        print("stopping at", i)
        break
results = []
for d in [2, 0, 5, 0]:
    try:
        results.append(10 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)
