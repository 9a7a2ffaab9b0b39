# Word frequency: normalise text, count, sort by count descending then word.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
words = []
for raw in text.split():
    w = "".join(c for c in raw.lower() if c.isalpha())
    if w:
        words.append(w)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:10]:
    print(f"{word:<12}{n:>3} {'*' * n}")
print(len(words), len(counts))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
