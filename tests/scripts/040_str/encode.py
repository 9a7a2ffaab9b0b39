# str.encode to bytes with utf-8/ascii/latin-1 and error handlers; bytes.decode back.
s = "héllo €"
print(s.encode(), s.encode("utf-8"), len(s.encode()))
print(s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print("abc".encode("ascii"), "😀".encode("utf-8"), "😀".encode("utf-16-le"))
print(s.encode().decode(), b"\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xffab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
