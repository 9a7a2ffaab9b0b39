# Exceptions raised inside except and finally blocks chain implicitly; handler order matters.
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), "<- context:", repr(e.__context__))
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs while exception propagates")
except ValueError as e:
    print("propagated:", e)
try:
    raise IndexError("idx")
except LookupError:
    print("LookupError handler wins (first match)")
except IndexError:
    print("never reached")
def cleanup_error():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")
try:
    cleanup_error()
except RuntimeError as e:
    print(e, "| context:", e.__context__)
