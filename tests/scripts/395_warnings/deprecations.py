# Library code that warns: threading's deprecated camelCase aliases.
import threading
import warnings

t = threading.Thread(target=lambda: None, name="worker")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(t.getName())
    t.setName("renamed")
    print(t.name, t.isDaemon())
    ev = threading.Event()
    print(ev.isSet())
for m in w:
    print(m.category.__name__, "-", m.message)

with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        t.getName()
    except DeprecationWarning as e:
        print("raised:", e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore", DeprecationWarning)
    t.getName()
print(len(w))
