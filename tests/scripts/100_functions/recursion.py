# Recursive functions: factorial, fibonacci, power set, Ackermann (small), mutual recursion.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def powerset(xs):
    if not xs:
        return [[]]
    rest = powerset(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(fact(20), fact(30))
print([fib(i) for i in range(15)])
print(powerset([1, 2, 3]))
print(ack(2, 3), ack(3, 3))
print(is_even(10), is_odd(7), is_even(7))
def depth(lst):
    return 1 + max((depth(x) for x in lst if isinstance(x, list)), default=0)
print(depth([1, [2, [3, [4]], []]]))
