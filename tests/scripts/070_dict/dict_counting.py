# Counting patterns with dict.get, setdefault and sorting by count then key.
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(by_count[:4])
letters = {}
for ch in text.replace(" ", ""):
    letters.setdefault(ch, 0)
    letters[ch] += 1
print(sorted(letters.items())[:6])
print(max(letters, key=letters.get), min(counts.values()))
index = {}
for i, w in enumerate(text.split()):
    index.setdefault(w, []).append(i)
print(index["the"], index["and"])
