# Building an aligned text table with format specs computed from data.
data = [("Name", "Qty", "Price"), ("widget", 3, 2.5), ("gadget", 12, 10.0), ("thingamajig", 1, 199.99)]
widths = [max(len(str(row[i])) for row in data) for i in range(3)]
print(widths)
header = data[0]
print(" | ".join(f"{h:^{w}}" for h, w in zip(header, widths)))
print("-+-".join("-" * w for w in widths))
for name, qty, price in data[1:]:
    print(f"{name:<{widths[0]}} | {qty:>{widths[1]}} | {price:>{widths[2]}.2f}")
total = sum(q * p for _, q, p in data[1:])
print(f"{'TOTAL':<{widths[0]}} | {'':>{widths[1]}} | {total:>{widths[2]}.2f}")
print("{:=^30}".format(" END "))
