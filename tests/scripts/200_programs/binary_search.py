# Binary search (iterative and recursive), lower/upper bound, search in rotated array.
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def bsearch_rec(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return bsearch_rec(a, x, mid + 1, hi) if a[mid] < x else bsearch_rec(a, x, lo, mid)
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [1, 3, 3, 3, 5, 8, 13, 21, 34]
for x in [1, 3, 4, 34, 35, 0]:
    print(x, bsearch(data, x), bsearch_rec(data, x), lower_bound(data, x))
