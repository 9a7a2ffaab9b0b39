# Malformed and truncated pickles: _pickle.c's exception types and messages.
import pickle

cases = [b'', b'.', b'N', b'X', b'\x80', b'\x80\x06.', b'\x80\x05', b'K', b'I12', b'I12\n', b'Ixx\n.',
         b'Lab\n.', b'F1.5x\n.', b'F 1.5\n.', b'F1e500\n.', b'(.', b'0.', b'a.', b'(la.', b'\x8c\x05ab',
         b'X\x05\x00\x00\x00ab', b'h\x05.', b'g5\n.', b'j\x00\x00\x00\x00.', b'\x94.', b'p\n.',
         b'cbuiltins\nnope\n.', b'\x8c\x08builtins\x8c\x08int.real\x93.', b'cbuiltins\nint.real\n.',
         b'\x80\x04\x8c\x08builtins\x8c\x05xx.yy\x93.', b'\x80\x04\x8c\x08builtins\x8c\x0aa.<locals>\x93.',
         b'\x93.', b'K\x01K\x02\x93.', b'R.', b'NNR.', b'\x81.', b'N)\x81.', b'c__builtin__\nobject\nN\x81.',
         b'N)}\x92.', b'c__builtin__\nobject\n)N\x92.', b'\xff.', b'\x01.', b"'.", b'\\.', b'Sabc\n.',
         b'\x82\x00.', b'\x82\x01.', b'\x95\x05\x00\x00\x00\x00\x00\x00\x00N.', b'K\x01K\x02e.', b'b.',
         b'c__builtin__\nobject\n)\x81K\x01b.', b'}(K\x01u.', b'}K\x01s.', b'(K\x01d.', b'NK\x01a.',
         b'(K\x010.', b'(0.', b'2.', b'(2.', b'\x85.', b'K\x01\x86.', b'(K\x01\x90.', b'\x91.',
         b'\x8b\xff\xff\xff\xff.', b'Q.', b'P1\n.', b'\x97.', b'N\x98.', b'p-1\nK\x01.', b'K\x01p-1\n.',
         b'K\x01pabc\n.', b'gxx\n.', b'V\\u12\n.', b'X\x02\x00\x00\x00\xc3(.', b'Vab\\\\u0041\n.',
         b'\x80\x02c__builtin__\nset\n]\x85R.', b'ccopy_reg\n_reconstructor\n(c__builtin__\nobject\nc__builtin__\nobject\nNtR.',
         b'I01\n.', b'I00\n.', b'I 5\n.', b'I0x10\n.', b'I1_0\n.', b'L12L\n.', b'L0x10\n.', b'F-inf\n.',
         b'(N(Nt.', b'K\x01.extra', b'\x88\x89\x8a\x00.', b'\x8a\x02\xff\x7f.', b'\x8b\x01\x00\x00\x00\x80.',
         b'(K\x01K\x02d.', b'(K\x01l(K\x02t\x940.', b'K\x012.', b'K\x01\x94\x94h\x00h\x00\x87.',
         b'\x80\x02c_codecs\nencode\nX\x03\x00\x00\x00abcX\x06\x00\x00\x00latin1\x86R.', b'(\x91.']
for c in cases:
    try:
        r = pickle.loads(c)
        if type(r) is object:
            r = 'an object'
        print(c, 'OK', repr(r))
    except Exception as e:
        print(c, type(e).__name__ + ':', str(e).split(' from ')[0])
for bad in ['text', 5, None]:
    try:
        pickle.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    pickle.Unpickler(object())
except TypeError as e:
    print(type(e).__name__, e)
