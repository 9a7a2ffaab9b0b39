# Unbounded integers: growth past 64 bits, arithmetic on big values.
x = 2 ** 64
print(x, x - 1, x + 1)
print(2 ** 100)
print(-(2 ** 100))
print(10 ** 30 + 1)
print((2 ** 64) * (2 ** 64))
print(2 ** 63 - 1 + 1)
print(-(2 ** 63) - 1)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 10 ** 20, f % 10 ** 20)
print(12345678901234567890 * 98765432109876543210)
print(2 ** 200 // 3 ** 50)
print(-(10 ** 25) // 7, -(10 ** 25) % 7)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(abs(-(2 ** 70)), -(-(2 ** 70)))
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63)
print((2 ** 100).bit_length(), (1).bit_length(), (0).bit_length())
