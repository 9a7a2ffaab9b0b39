# A small inventory system using classes, dicts of lists, sorting, and report generation.
class Item:
    def __init__(self, sku, name, price, qty, tags=()):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        self.tags = set(tags)
    @property
    def value(self):
        return self.price * self.qty
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
    def by_tag(self):
        out = {}
        for it in self.items.values():
            for t in sorted(it.tags):
                out.setdefault(t, []).append(it.sku)
        return dict(sorted(out.items()))
    def restock(self, threshold):
        return sorted((it.sku for it in self.items.values() if it.qty < threshold))
    def report(self):
        for it in sorted(self.items.values(), key=lambda i: (-i.value, i.sku)):
            print(f"{it.sku:<6}{it.name:<14}{it.qty:>4}{it.price:>9.2f}{it.value:>10.2f}")
inv = Inventory()
inv.add(Item("A100", "bolt", 0.10, 500, ["hardware", "small"]))
inv.add(Item("B200", "hammer", 12.50, 8, ["hardware", "tool"]))
inv.add(Item("C300", "glue", 3.75, 3, ["craft"]))
inv.add(Item("D400", "saw", 24.00, 2, ["tool"]))
try:
    inv.add(Item("A100", "dup", 1, 1))
except KeyError as e:
    print(type(e).__name__, e)
inv.report()
print(inv.by_tag())
print(inv.restock(5), round(sum(i.value for i in inv.items.values()), 2))
