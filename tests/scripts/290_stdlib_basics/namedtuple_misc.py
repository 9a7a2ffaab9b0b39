# namedtuples as dict keys, in sorting, with unpacking, and equality with other tuple types.
from collections import namedtuple
Card = namedtuple("Card", "rank suit")
Other = namedtuple("Other", "a b")
hand = [Card(10, "H"), Card(2, "S"), Card(10, "C")]
print(sorted(hand), max(hand, key=lambda c: c.suit))
scores = {Card(1, "S"): 11}
print(scores[Card(1, "S")], Card(1, "S") == Other(1, "S"), Card(1, "S") == (1, "S"))
for rank, suit in hand[:1]:
    print(rank, suit)
print(Card._fields + Other._fields, Card(*"AS"), Card(**{"suit": "D", "rank": 3}))
print(hand[0]._asdict(), [c.rank for c in hand], Card(1, 2).count(1), Card(1, 2).index(2))
Empty = namedtuple("Empty", [])
print(Empty(), len(Empty()), Empty._fields)
