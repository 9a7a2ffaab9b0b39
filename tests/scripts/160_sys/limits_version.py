# sys.maxsize, version_info, recursion limit, byteorder, and other constants.
import sys
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 > sys.maxsize, type(sys.maxsize).__name__)
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.version_info[:2]).__name__)
print(sys.version_info >= (3,), isinstance(sys.version, str))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
print(sys.byteorder in ("little", "big"), sys.maxunicode, hex(sys.maxunicode))
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2 ** 61 - 1)
print(sys.implementation.name == sys.implementation.name, isinstance(sys.path, list))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
