# String ordering is by code point; sorting with key=str.lower and tuple keys.
words = ["pear", "Apple", "banana", "apple", "Banana", "cherry", "äpfel", "Zebra"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))
print(min(words), max(words), min(words, key=len))
print("apple" == "apple", "apple" != "Apple")
print("a" < "aa" < "b", "" < " ", "\x00" < "\x01")
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
