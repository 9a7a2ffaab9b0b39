# Complex values as dict keys and set members, equality with ints/floats, sorting by abs.
d = {1: "one", 2.0: "two"}
d[1 + 0j] = "complex one"
print(d)
s = {0j, 0, 0.0, 1j, 1j}
print(len(s))
vals = [3 + 4j, 1j, -2, 0.5 + 0.5j]
print(sorted(vals, key=abs))
print(max(vals, key=lambda z: z.imag))
print([z.real for z in vals], [z.imag for z in vals])
print(sum(vals))
print(1j in [1j], 1 in [1 + 0j], (1 + 0j) in {1})
print(list(map(complex, [1, 2.5, "3j"])))
