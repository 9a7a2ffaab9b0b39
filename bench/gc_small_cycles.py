# 10^6 small reference cycles: instances whose __dict__ points back to themselves,
# dropped at once. Refcounting alone cannot free them; the cycle collector keeps peak
# memory flat (issue 5's acceptance: under 64 MiB, within 1.5x python3's time).


class A:
    pass


def run(n):
    for i in range(n):
        a = A()
        a.me = a
        a.i = i
    return n


print(run(1000000))
