# str.maketrans with dict/two-string/three-string forms and str.translate.
table = str.maketrans("abc", "xyz")
print("aabbcc abc".translate(table))
print("hello world".translate(str.maketrans("", "", "lo")))
print("hello".translate(str.maketrans("el", "ip", "o")))
print("1-2-3".translate(str.maketrans({"-": "+", "1": "one"})))
print("abc".translate({97: None, 98: "BB"}))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13))
print(sorted(str.maketrans("ab", "cd").items()))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print(type(e).__name__, e)
