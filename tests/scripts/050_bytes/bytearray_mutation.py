# bytearray: mutation via index, slice assignment, append/extend/insert/pop/remove/reverse/clear.
ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
print(ba, len(ba))
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"xyzw"
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.insert(0, ord("<"))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("!"))
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, bytes(ba))
for bad in [256, "a"]:
    try:
        ba.append(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ba.remove(0)
except ValueError as e:
    print(type(e).__name__, e)
ba.clear()
print(ba, len(ba))
print(bytearray(b"abc") == b"abc", bytearray(3), bytearray([1, 2]).hex())
