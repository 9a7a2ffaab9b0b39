# Simple class with __init__, instance attributes, methods, and class attributes.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self.age
d = Dog("Rex", 3)
e = Dog("Fido", 5)
print(d.name, d.age, d.speak(), d.birthday(), d.age)
print(Dog.species, d.species, Dog.count, e.count)
d.species = "wolf"
print(d.species, e.species, Dog.species)
print(Dog.speak(e), type(d).__name__, d.__class__ is Dog)
print(sorted(d.__dict__), Dog.__name__, Dog.__qualname__)
e.nickname = "F"
print(e.nickname, hasattr(d, "nickname"))
