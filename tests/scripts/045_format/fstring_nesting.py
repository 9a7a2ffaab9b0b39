# Nested f-strings and format specs built from expressions.
width = 10
prec = 2
val = 12.34567
print(f"{f'{val:.{prec}f}':>{width}}|")
print(f"{f'{val!r}'}", f"{f'{prec}'*3}")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in rows:
    print(f"{name:<{width}}|{price:>{width - 4}.{prec}f}|{qty:^5d}|{price * qty:8.2f}")
print(f"{'-' * (width * 2)}")
fmt = ">8"
print(f"{'dyn':{fmt}}|{42:{fmt}}|")
print(f"{[f'{i:02d}' for i in range(3)]}")
print(f"{ {'a': 1}['a'] }", f"{ (1, 2) }")
