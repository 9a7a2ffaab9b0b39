# Compile-time import errors: star-import in a function, and __future__ placement.
for src in ["def f():\n    from _mods.simple import *\n",
            "x = 1\nfrom __future__ import annotations\n",
            "from __future__ import braces\n",
            "import _mods.simple as\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno)
code = compile("from _mods.simple import VALUE as V\nresult = V * 2\n", "<test>", "exec")
ns = {}
exec(code, ns)
print(ns["result"], ns["V"])
