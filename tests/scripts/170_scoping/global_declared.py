# global declarations inside functions: creating, rebinding, augmented assignment, del.
counter = 0
def increment():
    global counter
    counter += 1
for _ in range(3):
    increment()
print(counter)
def make():
    global made
    made = "created inside function"
make()
print(made)
def remove():
    global made
    del made
remove()
try:
    print(made)
except NameError as e:
    print(type(e).__name__, e)
def no_global():
    counter = 100
    return counter
print(no_global(), counter)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
