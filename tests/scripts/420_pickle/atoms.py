# pickle.dumps of None, bools, ints (small, 4-byte, big) and floats in every protocol.
import pickle

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -128, -129, 2**31 - 1, 2**31,
          -2**31, -2**31 - 1, 2**63, -2**63, 2**64 - 1, 12345678901234567890123, -(2**1000),
          2**2040, -2**2047, 0.0, -0.0, 1.5, -2.25, 0.1, 1e100, 1e-300, 5e-324,
          float('inf'), float('-inf'), 1e16, 123456789.125]
for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v and type(back) is type(v)
        print(proto, repr(v)[:30], data if len(data) < 80 else (len(data), data[:40]), '' if ok else 'MISMATCH')
nan = pickle.loads(pickle.dumps(float('nan')))
print(nan != nan, pickle.dumps(float('nan'), 0), pickle.dumps(float('nan'), 2))
print(pickle.dumps(5, protocol=-1), pickle.dumps(5, None))
