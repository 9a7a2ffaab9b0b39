# Generator local state persists between yields; independent generator instances.
def numbered(prefix):
    count = 0
    while True:
        count += 1
        yield f"{prefix}{count}"
a = numbered("a")
b = numbered("b")
print(next(a), next(a), next(b), next(a), next(b))
def fib_pairs():
    prev, cur = 0, 1
    while True:
        yield prev, cur
        prev, cur = cur, prev + cur
g = fib_pairs()
print([next(g) for _ in range(6)])
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
for x in with_finally():
    print("got", x)
gen = with_finally()
print(next(gen))
gen.close()
print("after close")
