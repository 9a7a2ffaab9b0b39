# Building strings: caesar cipher, palindromes, reversing words, vowel counting, title-casing by hand.
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Attack at Dawn!", 3)
print(enc, caesar(enc, -3))
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
print(" ".join(w[::-1] for w in "reverse each word".split()))
print(sum(c in "aeiouAEIOU" for c in "Programming Language"))
print(" ".join(w[:1].upper() + w[1:].lower() for w in "hELLO wORLD from PYTHON".split()))
print("".join(c for c in "a1b2c3" if not c.isdigit()), "_".join("CamelCaseName".lower()))
