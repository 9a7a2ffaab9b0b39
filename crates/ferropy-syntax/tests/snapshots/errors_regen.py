"""Regenerate errors.expected from errors.txt with CPython (run by regen.sh).

errors.txt holds cases as `=== name` followed by the source. For each, errors.expected
records what `compile(source, "<test>", "exec")` raises: `Type: message` and
`lineno:offset` (offset 1-based, as in SyntaxError; 0:0 when absent).
"""
import re

cases = re.split(r"^=== (.*)\n", open("errors.txt", encoding="utf-8").read(), flags=re.M)[1:]
out = []
for name, src in zip(cases[0::2], cases[1::2]):
    src = src.replace("<TAB>", "\t").replace("<NUL>", "\0")
    try:
        compile(src, "<test>", "exec")
        res = "OK\n0:0"
    except (SyntaxError, RecursionError, MemoryError, ValueError) as e:
        line = getattr(e, "lineno", None) or 0
        off = getattr(e, "offset", None) or 0
        msg = e.msg if isinstance(e, SyntaxError) else str(e)
        res = f"{type(e).__name__}: {msg}\n{line}:{off}"
    out.append(f"=== {name}\n{res}\n")
open("errors.expected", "w", encoding="utf-8").write("".join(out))
