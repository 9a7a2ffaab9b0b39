# String formatting: truncation via precision, s type, nested width/precision fields.
print(format("abcdef", ".3"), format("abcdef", "10.3"), format("abcdef", "<10.3s"), format("ab", ".5"))
print("{:.{}}".format("abcdef", 2), "{:{}}|".format("ab", 5), "{:{w}.{p}f}".format(3.14159, w=10, p=3))
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
print("{0:{1}}".format(42, "08b"))
w = 6
print(f"{'hi':>{w}}|{'hi':{'<'}{w}}|{3.14159:.{w - 4}f}")
print(format("", "5") + "|", format("é", "^5") + "|")
print("{:s}".format("plain"), "{!s:>6}".format(12))
print("{:.0}|{:.1}|{:.10}|".format("abc", "abc", "abc"))
print("{:>{}.{}}|".format("truncated", 8, 4), "{:^10.3}|".format("xyzxyz"))
print(f"{'abcdef':.{3}}", f"{str(12345):.2}", f"{repr('q'):.2}")
