# The % presentation type and rounding of percentages.
for v in [0, 0.5, 0.125, 1, 0.3333333, 1.23456, -0.05, 2]:
    print(format(v, "%"), format(v, ".0%"), format(v, ".2%"), f"{v:>10.1%}|")
print("{:.1%}".format(7 / 9), "{:,.0%}".format(12345.6))
print(format(1 / 3, "%"), format(2 / 3, ".3%"), format(-1 / 8, "+.1%"), format(0.005, ".0%"), format(0.015, ".0%"))
print(f"{0.25:10.0%}|{0.25:<10.0%}|{0.25:^10.0%}|{0.25:010.1%}|")
print("%.1f%%" % 12.345, "{:.0%}".format(True), format(float("nan"), "%"))
done = 37
total = 120
print(f"progress: {done / total:.1%} ({done}/{total})")
for frac in (0.0, 0.333, 0.5, 0.999, 1.0):
    bar = "#" * round(frac * 20)
    print(f"[{bar:<20}] {frac:>6.1%}")
