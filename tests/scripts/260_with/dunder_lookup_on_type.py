# with looks up __enter__/__exit__ on the type, not the instance.
class Plain:
    pass
p = Plain()
p.__enter__ = lambda: "instance enter"
p.__exit__ = lambda *a: None
try:
    with p:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class CM:
    def __enter__(self): return "class enter"
    def __exit__(self, *a): return None
c = CM()
c.__enter__ = lambda: "instance enter"
with c as v:
    print(v)
Plain.__enter__ = lambda self: "patched enter"
Plain.__exit__ = lambda self, *a: print("patched exit")
with p as v:
    print(v)
