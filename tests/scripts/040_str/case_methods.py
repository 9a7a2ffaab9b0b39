# upper/lower/title/capitalize/swapcase/casefold on ASCII and some non-ASCII.
s = "hello WORLD, it's a test-case 42x"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ßtraße".upper(), "ǅ".lower(), "straße".casefold(), "İ".lower().encode("utf-8"))
print("mIxEd".capitalize(), "123abc".capitalize(), "".upper())
print("they're bill's friends".title())
print("ÉCOLE".lower(), "éCOLE".title(), "ﬁ".upper())
print("hello".isupper(), "HELLO".isupper(), "Hello World".istitle(), "hello world".istitle())
print("abc".islower(), "ABC1".isupper(), "123".islower())
