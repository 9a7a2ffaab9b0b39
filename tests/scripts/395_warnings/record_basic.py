# catch_warnings(record=True): what gets recorded, and what is restored afterwards.
import warnings

orig_show = warnings.showwarning
orig_filters = list(warnings.filters)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("plain message")
    warnings.warn("runtime problem", RuntimeWarning)
    warnings.warn("future thing", category=FutureWarning)
    warnings.warn(UserWarning("instance message"))
    inst = SyntaxWarning("instance wins", 42)
    warnings.warn(inst, RuntimeWarning)
    warnings.warn(123)
    warnings.warn("bytes-ish", BytesWarning, stacklevel=2)

print(type(w).__name__, len(w))
for m in w:
    print(type(m).__name__, m.category.__name__, repr(str(m.message)),
          type(m.message).__name__, isinstance(m.message, m.category))
    print("  file/line/source:", m.file, m.line, m.source)
print(w[4].message is inst, w[4].message.args)
print(w[5].message.args)
print(warnings.showwarning is orig_show)
print(warnings.filters == orig_filters)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))

with warnings.catch_warnings(record=False) as nothing:
    print("record=False gives", nothing)

class MyWarning(UserWarning):
    pass

class MyDeeper(MyWarning):
    pass

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("custom", MyWarning)
    warnings.warn("deeper", MyDeeper)
print([(m.category.__name__, str(m.message)) for m in w])
print(issubclass(w[1].category, MyWarning))
