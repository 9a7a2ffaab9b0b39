# Deeply nested data: pickling counts nesting against the recursion limit like
# _pickle.c; unpickling uses an explicit stack and has no depth limit.
import pickle


def nest(n, make):
    x = None
    for _ in range(n):
        x = make(x)
    return x


for label, make, ok_depth in [('tuple', lambda x: (x,), 900), ('list', lambda x: [x], 450),
                              ('dict', lambda x: {'k': x}, 450), ('frozenset', lambda x: frozenset([x]), 900)]:
    data = pickle.dumps(nest(ok_depth, make), 4)
    back = pickle.loads(data)
    depth = 0
    while back is not None:
        back = next(iter(back.values())) if isinstance(back, dict) else next(iter(back))
        depth += 1
    print(label, ok_depth, len(data), depth)
    try:
        pickle.dumps(nest(5000, make), 4)
    except RecursionError as e:
        print(label, 'RecursionError', e)

# A pickle nested far deeper than any recursion limit loads fine.
deep = b'\x80\x02' + b']' * 20000 + b'a' * 19999 + b'.'
x = pickle.loads(deep)
n = 0
while x:
    x = x[0]
    n += 1
print('loaded depth', n)

# After an error, the recursion limit is unchanged and pickling still works.
import sys
print(sys.getrecursionlimit(), pickle.loads(pickle.dumps([[1, [2]], (3,)])))
