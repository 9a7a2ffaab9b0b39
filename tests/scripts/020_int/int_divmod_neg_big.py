# Floor division/modulo identities hold for many sign/size combinations.
vals = [1, 2, 3, 7, 10 ** 10, 2 ** 65 + 3]
ok = True
for a in vals:
    for b in vals:
        for sa in (1, -1):
            for sb in (1, -1):
                x, y = sa * a, sb * b
                q, r = divmod(x, y)
                if q * y + r != x or (r != 0 and (r < 0) != (y < 0)) or abs(r) >= abs(y):
                    ok = False
                    print("bad", x, y, q, r)
print("identities hold:", ok)
print(divmod(-(2 ** 65 + 3), 7), divmod(2 ** 65 + 3, -7))
print(-(2 ** 65 + 3) // -(10 ** 10), -(2 ** 65 + 3) % -(10 ** 10))
