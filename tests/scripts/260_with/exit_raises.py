# Exceptions raised inside __exit__ replace the body's exception, with __context__ set.
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise KeyError("from exit")
try:
    with Bad():
        raise ValueError("from body")
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
try:
    with Bad():
        print("clean body")
except KeyError as e:
    print(type(e).__name__, e, e.__context__)
class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise v
try:
    with Reraise():
        raise IndexError("same")
except IndexError as e:
    print(type(e).__name__, e, e.__context__)
class Outer:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("outer exit sees", t.__name__, v)
        return True
with Outer():
    with Bad():
        raise ValueError("inner body")
print("done")
