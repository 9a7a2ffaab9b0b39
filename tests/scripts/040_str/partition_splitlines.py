# partition/rpartition and splitlines with keepends and various newline kinds.
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a\nb\r\nc\rd".splitlines(), "a\nb\r\nc\rd".splitlines(True))
print("line1\n\nline3\n".splitlines(), "".splitlines(), "\n".splitlines())
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print("trailing\n".split("\n"), "trailing\n".splitlines())
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
