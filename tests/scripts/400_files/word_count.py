# A small file-processing program: write a report, count words, copy with a filter,
# and parse simple CSV — the shape of a typical teaching script.
import _scratch

src = _scratch.path("poem.txt")
dst = _scratch.path("copy.txt")
csv = _scratch.path("scores.csv")


class PathLike:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


try:
    poem = """The quick brown fox
jumps over the lazy dog.

The dog sleeps; the fox runs.
"""
    with open(src, "w", encoding="utf-8") as f:
        f.write(poem)

    counts = {}
    with open(PathLike(src), encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            words = [w.strip(".;").lower() for w in line.split()]
            print("%2d: %d words" % (lineno, len(words)))
            for w in words:
                counts[w] = counts.get(w, 0) + 1
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
        print(word, n)

    with open(src) as fin, open(dst, "w") as fout:
        for line in fin:
            if line.strip():
                fout.write(line.upper())
    with open(dst) as f:
        print(f.read(), end="")
    print(sum(1 for _ in open(dst)))

    with open(csv, "w", newline="") as f:
        f.write("name,score\r\n")
        for name, score in [("ana", 91), ("bo", 78), ("cy", 85)]:
            f.write("%s,%d\r\n" % (name, score))
    with open(csv, newline="") as f:
        header = f.readline().rstrip("\r\n").split(",")
        rows = [dict(zip(header, line.rstrip("\r\n").split(","))) for line in f]
    print(header, rows)
    print(sum(int(r["score"]) for r in rows) / len(rows))
    with open(csv, "rb") as f:
        print(f.read().count(b"\r\n"))
    with open(csv) as f:
        print(repr(f.readline()), f.newlines)
finally:
    _scratch.cleanup()
