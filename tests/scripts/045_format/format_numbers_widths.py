# Right-aligned numeric columns with thousands separators and signs.
nums = [0, 7, -13, 1024, -99999, 1234567, 3.5, -0.25, 1e6]
for x in nums:
    print(f"{x:>12,}|{x:<+10}|{x:^12}|{x:012}|")
for x in [1, 22, 333, 4444]:
    print(f"{x:>6d}{x * 1.5:>10.2f}{x:>8x}{x:>12b}")
print(f"{-5:>+6}|{5:<+6}|{-5:^+6}|{5: =6}|")
print(f"{1e10:>15,.1f}|{-1e-3:>10.2e}|{123.456:^11.1f}|")
print(f"{255:>#8x}|{255:<#8o}|{255:^#12b}|{255:#010X}|")
print(f"{12345678:_>14,}|{0.000012:>10.2%}|")
