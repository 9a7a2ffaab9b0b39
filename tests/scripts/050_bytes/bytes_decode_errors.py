# Decoding invalid UTF-8 with strict/replace/ignore/backslashreplace handlers, and other codecs.
bad = b"ok \xff\xfe end \xe2\x82"
for handler in ["replace", "ignore", "backslashreplace"]:
    print(handler, repr(bad.decode("utf-8", handler)))
try:
    bad.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xe9t\xe9".decode("latin-1"), b"abc".decode("ascii"), bytes([0xe2, 0x82, 0xac]).decode())
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("€".encode("utf-8").decode("utf-8") == "€", len("€".encode()))
