# Default arguments: evaluation once at definition time, keyword override, None idiom.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), show(5))
def append_bad(item, lst=[]):
    lst.append(item)
    return lst
print(append_bad(1), append_bad(2), append_bad(3, []))
def append_good(item, lst=None):
    if lst is None:
        lst = []
    lst.append(item)
    return lst
print(append_good(1), append_good(2))
print(append_bad.__defaults__, greet.__defaults__, show.__defaults__)
