# A hand-written JSON-like pretty printer and a tiny tokenizer-based parser for the same format.
def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f'{pad}  "{k}": {dump(val, indent + 1)}' for k, val in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        if all(not isinstance(x, (list, dict)) for x in v):
            return "[" + ", ".join(dump(x) for x in v) + "]"
        return "[\n" + ",\n".join(pad + "  " + dump(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return repr(v)
doc = {"name": "ferropy", "version": [0, 1, 0], "stable": False, "license": None,
       "authors": [{"name": "A \"quoted\" name", "tags": []}, {"name": "B", "tags": ["x", "y"]}],
       "ratio": 0.75, "empty": {}}
text = dump(doc)
print(text)
def tokens(s):
    i = 0
    while i < len(s):
        c = s[i]
        if c in " \n,:":
            i += 1
        elif c in "{}[]":
            yield c
            i += 1
        elif c == '"':
            j = i + 1
            while s[j] != '"' or s[j - 1] == "\\":
                j += 1
            yield s[i:j + 1]
            i = j + 1
        else:
            j = i
            while j < len(s) and s[j] not in " \n,:{}[]":
                j += 1
            yield s[i:j]
            i = j
toks = list(tokens(text))
print(len(toks), toks[:8])
