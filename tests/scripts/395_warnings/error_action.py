# The "error" action raises the warning as an exception.
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("caught", type(e).__name__, e, e.args)
    inst = RuntimeWarning("the instance")
    try:
        warnings.warn(inst)
    except RuntimeWarning as e:
        print("same object:", e is inst)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.simplefilter("error", RuntimeWarning)
    warnings.warn("only recorded", UserWarning)
    try:
        warnings.warn("raised", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught", repr(e))
    print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", message="bad")
    for text in ["bad thing", "BAD THING", "not bad", "badger", "good"]:
        try:
            warnings.warn(text)
            print("no error for", repr(text))
        except UserWarning as e:
            print("error for", repr(text))
    print(len(w))

with warnings.catch_warnings():
    warnings.filterwarnings("error", category=DeprecationWarning)
    try:
        warnings.warn("old api", DeprecationWarning)
    except Warning as e:
        print("caught", type(e).__name__, str(e))
    try:
        warnings.warn("subclass too", DeprecationWarning)
    except DeprecationWarning as e:
        print("caught", e)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
    except UserWarning as e:
        print("warn_explicit raised", e)
