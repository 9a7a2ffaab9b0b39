# Bare raise re-raises the current exception; raise outside handler is RuntimeError.
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("caught again:", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def nested_reraise():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError:
            pass
        raise
try:
    nested_reraise()
except KeyError as e:
    print("re-raised the outer one:", repr(e))
except IndexError:
    print("wrong")
