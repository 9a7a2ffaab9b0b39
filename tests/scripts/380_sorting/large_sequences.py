# Larger sorts: count the __lt__ calls and fingerprint their exact sequence (operand ids
# in order), for random data, runs that trigger galloping, and many duplicates.
class V:
    log = []
    def __init__(self, v, i):
        self.v, self.i = v, i
    def __lt__(self, other):
        V.log.append((self.i, other.i))
        return self.v < other.v

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed

def fingerprint(label, keys, reverse=False):
    V.log = []
    items = [V(k, i) for i, k in enumerate(keys)]
    items.sort(reverse=reverse)
    h = 0
    for a, b in V.log:
        h = (h * 1000003 + a * 7919 + b) % 2**61
    order = [x.i for x in items]
    oh = 0
    for x in order:
        oh = (oh * 31 + x) % 2**61
    print("%-22s n=%-5d compares=%-6d seq=%d order=%d" % (label, len(keys), len(V.log), h, oh))

g = lcg(2024)
fingerprint("random 100", [next(g) % 1000 for _ in range(100)])
fingerprint("random 1000", [next(g) % 100000 for _ in range(1000)])
fingerprint("few distinct 1000", [next(g) % 4 for _ in range(1000)])
fingerprint("sorted 1000", list(range(1000)))
fingerprint("reversed 1000", list(range(1000, 0, -1)))
fingerprint("sawtooth 1000", [i % 37 for i in range(1000)])
fingerprint("two runs 2000", list(range(0, 2000, 2)) + list(range(1, 2000, 2)))
fingerprint("blocks 2000", [i for b in range(20) for i in range(b % 2 * 50, b % 2 * 50 + 100)])
fingerprint("runs + noise 1500", sorted(next(g) % 10**6 for _ in range(900))
            + sorted(next(g) % 10**6 for _ in range(300)) + [next(g) % 10**6 for _ in range(300)])
fingerprint("random 1000 reverse", [next(g) % 50 for _ in range(1000)], reverse=True)
fingerprint("organ pipe 1001", list(range(500)) + list(range(500, -1, -1)))
