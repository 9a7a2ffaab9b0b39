# __exit__ translating exceptions with `raise ... from` sets __cause__ and __suppress_context__.
class Translate:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        if isinstance(v, KeyError):
            raise LookupError("translated: " + str(v)) from v
        if isinstance(v, ValueError):
            raise RuntimeError("hidden") from None
        return False
for exc in [KeyError("k"), ValueError("v"), TypeError("t")]:
    try:
        with Translate():
            raise exc
    except Exception as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__,
              "| context:", type(e.__context__).__name__, "| suppress:", e.__suppress_context__)
