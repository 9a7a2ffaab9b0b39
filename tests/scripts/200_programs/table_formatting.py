# Text table formatting with f-string alignment, column widths, totals and separators.
rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 10, 12.25),
    ("Doohickey", 1, 199.0),
    ("Thingamabob", 25, 0.99),
]
headers = ("Item", "Qty", "Unit", "Total")
data = [(name, qty, price, qty * price) for name, qty, price in rows]
w0 = max(len(headers[0]), *(len(r[0]) for r in data))
line = f"+{'-' * (w0 + 2)}+{'-' * 6}+{'-' * 10}+{'-' * 11}+"
print(line)
print(f"| {headers[0]:<{w0}} | {headers[1]:>4} | {headers[2]:>8} | {headers[3]:>9} |")
print(line.replace("-", "="))
for name, qty, price, total in data:
    print(f"| {name:<{w0}} | {qty:>4d} | {price:>8.2f} | {total:>9,.2f} |")
print(line)
grand = sum(r[3] for r in data)
print(f"| {'TOTAL':<{w0}} | {sum(r[1] for r in data):>4d} | {'':>8} | {grand:>9,.2f} |")
print(line)
print(f"{'centered title':^{len(line)}}|")
