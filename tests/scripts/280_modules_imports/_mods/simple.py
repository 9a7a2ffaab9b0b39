# Helper module: plain definitions, imported by several scripts.
VALUE = 42
_hidden = "underscore"
def greet(name):
    return "hello " + name
class Thing:
    kind = "thing"
def _private_func():
    return "private"
