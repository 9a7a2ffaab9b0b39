# operator module: arithmetic/comparison functions mirror the operators, including dunders.
import operator
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(5))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.not_(0), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.getitem({"k": 9}, "k"), operator.index(7), operator.__add__(1, 1))
l = [1, 2, 3]
operator.setitem(l, 0, 10)
operator.delitem(l, 1)
print(l, operator.iadd([1], [2]), operator.iconcat("a", "b"))
try:
    operator.concat(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    operator.add(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
