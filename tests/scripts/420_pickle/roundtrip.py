# loads(dumps(x)) == x for a mix of values, in every protocol, and identity
# preserved where CPython preserves it.
import pickle


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()


tree = Node('root', [Node('a', [Node('a1'), Node('a2')]), Node('b')])
data_values = [
    {'name': 'x', 'tags': ('a', 'b'), 'scores': [1.5, -2, 10**20], 'ok': True, 'none': None},
    [b'bytes', bytearray(b'ba'), 'str', 3 + 4j, frozenset({1}), {2}],
    list(range(50)),
    {i: str(i) for i in range(30)},
    (((),),),
    'x' * 1000,
]
for proto in range(6):
    for v in data_values:
        back = pickle.loads(pickle.dumps(v, proto))
        print(proto, back == v, type(back).__name__)
    t = pickle.loads(pickle.dumps(tree, proto))
    print(proto, list(t.walk()), t.children[0].parent is t, t.children[0].children[1].parent.parent is t)
print(pickle.dumps(tree, 4))
print(pickle.dumps(tree, 0))

# Memo: the same object twice is stored once.
s = 'shared string'
lst = [s, s, (s, s)]
for proto in range(6):
    data = pickle.dumps(lst, proto)
    back = pickle.loads(data)
    print(proto, data.count(b'shared string'), back[0] is back[1] is back[2][0])

# dumps() of equal but distinct objects differs from shared ones.
a, b = [1], [1]
print(pickle.dumps([a, b], 2) != pickle.dumps([a, a], 2))
