# sys.exit() and sys.exit(None) exit with code 0; nested in a loop with an else clause.
import sys
for i in range(5):
    print("iteration", i)
    if i == 2:
        sys.exit()
else:
    print("loop finished normally")
print("not reached")
x = 1
y = 2
print(x + y)
