# Run-length encoding and decoding of strings, with round-trip checks.
def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)
def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabbbcccc", "z" * 15]:
    enc = rle_encode(s)
    print(repr(enc), rle_decode(enc) == s)
def groups(s):
    result = []
    for ch in s:
        if result and result[-1][0] == ch:
            result[-1][1] += 1
        else:
            result.append([ch, 1])
    return [tuple(g) for g in result]
print(groups("aaabccddd"))
