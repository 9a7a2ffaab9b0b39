# Custom exceptions in chains: __context__ across handlers, __cause__ with from, and str of chain parts.
class LowLevel(Exception): pass
class HighLevel(Exception):
    def __str__(self):
        return "high-level: " + super().__str__()
def low():
    raise LowLevel("disk")
def high():
    try:
        low()
    except LowLevel as e:
        raise HighLevel("save failed") from e
try:
    high()
except HighLevel as e:
    print(e, "| cause:", e.__cause__, "| same as context:", e.__context__ is e.__cause__)
def implicit():
    try:
        low()
    except LowLevel:
        raise HighLevel("implicit")
try:
    implicit()
except HighLevel as e:
    print(e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__, e.__suppress_context__)
