# Classic FizzBuzz for 1..50 printed in rows of ten, plus summary counts.
out = []
for i in range(1, 51):
    if i % 15 == 0:
        out.append("FizzBuzz")
    elif i % 3 == 0:
        out.append("Fizz")
    elif i % 5 == 0:
        out.append("Buzz")
    else:
        out.append(str(i))
for row in range(0, 50, 10):
    print(" ".join(f"{s:>8}" for s in out[row:row + 10]))
summary = {}
for s in out:
    key = s if not s.isdigit() else "number"
    summary[key] = summary.get(key, 0) + 1
print(summary)
