# Triple-quoted strings, implicit concatenation across lines, and dedent-by-hand.
text = """\
first line
    indented line
last line"""
print(text)
print(len(text.splitlines()))
parts = ("alpha "
         "beta "
         'gamma')
print(parts)
lines = [line.strip() for line in text.splitlines()]
print(lines)
doc = '''It's "quoted" here'''
print(doc)
print("""a\
b""")
width = max(len(l) for l in text.splitlines())
for l in text.splitlines():
    print("|" + l.ljust(width) + "|")
