# Single inheritance: method override, attribute lookup through bases, isinstance with subclasses.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
class Lion(Cat):
    sound = "roar"
    def kind(self):
        return "big " + super().kind()
for a in [Animal("generic"), Cat("Tom"), Lion("Leo")]:
    print(a.speak(), a.kind(), isinstance(a, Animal), isinstance(a, Cat), type(a).__name__)
print(issubclass(Lion, Animal), Lion.__bases__[0].__name__, [c.__name__ for c in Lion.__mro__])
print(Lion.speak is Animal.speak, Lion.kind is Animal.kind)
