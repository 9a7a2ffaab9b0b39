# Iterating over strings with enumerate, reversed, zip; counting characters.
word = "mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([i for i, c in enumerate(word) if c == "s"])
print("".join(reversed(word)), word[::-1] == "".join(reversed(word)))
print(list(zip("abc", "123")))
print([c.upper() if i % 2 else c for i, c in enumerate("alternate")])
it = iter("xy")
print(next(it), next(it), next(it, "end"))
print(sum(1 for c in word if c in "aeiou"))
print(max(word, key=word.count), sorted(word, key=lambda c: (-word.count(c), c)))
