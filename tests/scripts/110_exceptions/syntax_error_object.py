print(str(SyntaxError('m')), str(SyntaxError('m', ('f', 2, 3, 't', 2, 4))))
e = SyntaxError('m', ('/x/f.py', 2, 3, 't'))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.args)
print(SyntaxError().msg, repr(str(SyntaxError())))
class E(SyntaxError): pass
print(repr(str(E('a', ('q.py', 1, 1, 'x')))))
try:
    compile("a b\n", "z.py", "exec")
except SyntaxError as e:
    print(e, e.lineno, e.offset, repr(e.text), e.end_offset)
try:
    SyntaxError('m', (1, 2))
except Exception as e:
    print(type(e).__name__, e)
for src in ["def f(:\n    pass\n", "x = (\n", "return 5\n", "a = 1\n  b = 2\n", "f(**{'a': 1}, a=2)\n"]:
    try:
        compile(src, "/some/dir/mod.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, str(e), e.lineno, e.offset)
    else:
        print("compiled", repr(src))
try:
    eval("")
except SyntaxError as e:
    print(repr(e.args), e.lineno, str(e))
# An open bracket is reported only when the parser got past its line (or to the end).
for src in ["class C(:\n", "def f(:\n", "x = (1 +", "x = (1 2", "x = (", "f(a,\n",
            "x = (1,\n  2\ny = 3\n", "x = [1, 2\nprint(x)\n", "if (x:\n  pass\n",
            "x = {1: (2,\n", "f(a b c\n", "x = [1, 2 3]\n", "  x = 1\n", "x = 1\0"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset)
