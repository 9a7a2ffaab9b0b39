# Quicksort (functional and in-place Lomuto), mergesort, and insertion sort agree with sorted().
def qsort(xs):
    if len(xs) <= 1:
        return xs
    pivot, rest = xs[0], xs[1:]
    return qsort([x for x in rest if x < pivot]) + [pivot] + qsort([x for x in rest if x >= pivot])
def qsort_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo < hi:
        p = a[hi]
        i = lo
        for j in range(lo, hi):
            if a[j] <= p:
                a[i], a[j] = a[j], a[i]
                i += 1
        a[i], a[hi] = a[hi], a[i]
        qsort_inplace(a, lo, i - 1)
        qsort_inplace(a, i + 1, hi)
    return a
def msort(xs):
    if len(xs) <= 1:
        return xs
    m = len(xs) // 2
    l, r = msort(xs[:m]), msort(xs[m:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
def isort(xs):
    a = list(xs)
    for i in range(1, len(a)):
        k, j = a[i], i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = k
    return a
seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 100)
print(data)
print(qsort(data))
print(qsort(data) == qsort_inplace(data[:]) == msort(data) == isort(data) == sorted(data))
