# Greedy word wrapping and full justification implemented by hand.
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + line[-1]
lines = wrap(text.split(), 28)
for ln in lines[:-1]:
    print("|" + justify(ln, 28) + "|")
print("|" + " ".join(lines[-1]).ljust(28) + "|")
for ln in wrap(text.split(), 20):
    print(" ".join(ln).center(20, "."))
