# Basic try/except: catching by type, tuple of types, as-binding, and unbinding after the block.
try:
    1 / 0
except ZeroDivisionError:
    print("caught ZeroDivisionError")
try:
    [][0]
except (KeyError, IndexError) as e:
    print("caught", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
try:
    int("x")
except Exception as e:
    print("Exception catches", type(e).__name__)
err = "before"
try:
    raise ValueError("v")
except ValueError as err:
    print("inside", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
except KeyError as e:
    print("outer handler", e)
