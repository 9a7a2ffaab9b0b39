# Tuples, lists, dicts, sets and frozensets: batching in 1000s, memoization of shared
# objects, and recursive structures, in every protocol.
import pickle

shared = [1, 2]
rec_list = [1]
rec_list.append(rec_list)
rec_dict = {'k': 0}
rec_dict['self'] = rec_dict
rec_tuple_holder = []
rec_tuple = (rec_tuple_holder, 1)
rec_tuple_holder.append(rec_tuple)
values = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), [], [1], [1, 2, 3], {}, {1: 2},
          {'a': 1, 'b': [2], 'c': (3,)}, set(), {1, 2, 3}, frozenset(), frozenset({'a'}),
          [shared, shared, (shared, shared)], {'x': shared, 'y': shared}, [(1, 2)] * 3,
          [[[[['deep']]]]], {(1, 2): frozenset({3}), None: True}]
for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, repr(v)[:30], data if len(data) < 110 else (len(data), data[:50]), back == v)

for proto in range(6):
    back = pickle.loads(pickle.dumps([shared, shared], proto))
    r = pickle.loads(pickle.dumps(rec_list, proto))
    d = pickle.loads(pickle.dumps(rec_dict, proto))
    t = pickle.loads(pickle.dumps(rec_tuple, proto))
    print(proto, back[0] is back[1], r[1] is r, d['self'] is d, t[0][0] is t,
          pickle.dumps(rec_list, proto), pickle.dumps(rec_tuple, proto))

# Batches of 1000 items per APPENDS/SETITEMS/ADDITEMS.
for n in [999, 1000, 1001, 2500]:
    lst = list(range(n))
    dct = {i: -i for i in range(n)}
    st = set(range(n))
    fs = frozenset(range(n))
    for proto in (1, 2, 4):
        blobs = [pickle.dumps(x, proto) for x in (lst, dct, st, fs, tuple(lst))]
        print(n, proto, [len(b) for b in blobs], [b.count(b'e') + b.count(b'u') + b.count(b'\x90') for b in blobs],
              [pickle.loads(b) == x for b, x in zip(blobs, (lst, dct, st, fs, tuple(lst)))])
print(pickle.dumps({'b': 1, 'a': 2}), pickle.dumps({3, 1, 2}), pickle.dumps(frozenset({'z'}), 2))
