# Assigning obj.__class__ between compatible classes changes behaviour.
class Cat:
    def speak(self): return "meow " + self.name
class Dog:
    def speak(self): return "woof " + self.name
p = Cat()
p.name = "rex"
print(p.speak(), type(p).__name__)
p.__class__ = Dog
print(p.speak(), type(p).__name__, isinstance(p, Cat))
try:
    p.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.__class__ = "Dog"
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
s = S1()
s.a = 1
s.__class__ = S2
print(type(s).__name__, s.a)
