# Prints output, then dies with an uncaught ZeroDivisionError (exit code 1; traceback on stderr).
print("before the error")
values = [1, 2, 0]
total = 0
for v in values:
    print("dividing by", v)
    total += 10 // v
print("never printed")
print("also never printed")
print(total)
