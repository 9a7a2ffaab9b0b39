# The copyreg module: dispatch_table, pickle(), constructor(), the extension
# registry, _reconstructor, __newobj__/__newobj_ex__ and _slotnames.
import copyreg
import pickle

print(sorted(copyreg.__all__))
print(complex in copyreg.dispatch_table, copyreg.dispatch_table[complex](3 + 4j))
func, args = copyreg.pickle_union(int | str)
print(func.__name__, args[0].__name__, args[1])
print(pickle.loads(pickle.dumps(int | None)) == (int | None))

try:
    copyreg.pickle(int, 'not callable')
except TypeError as e:
    print('TypeError', e)
try:
    copyreg.constructor(5)
except TypeError as e:
    print('TypeError', e)


class A:
    pass


class B:
    __slots__ = ('x', '__y', '__dict__', '__weakref__')


class C(B):
    __slots__ = 'z'


class _D:
    __slots__ = ('__q',)


print(copyreg._slotnames(A), copyreg._slotnames(B), copyreg._slotnames(C), copyreg._slotnames(_D))
print('__slotnames__' in C.__dict__, C.__slotnames__)

a = copyreg._reconstructor(A, object, None)
print(type(a).__name__)
lst = copyreg._reconstructor(type('L', (list,), {}), list, [1, 2])
print(type(lst).__name__, lst)
print(type(copyreg.__newobj__(A)).__name__, copyreg.__newobj__(int, 5), copyreg.__newobj_ex__(int, ('7',), {}))

copyreg.add_extension('mod', 'name', 5)
copyreg.add_extension('mod', 'name', 5)
for args in [('mod', 'other', 5), ('mod', 'name', 6), ('m', 'n', 0), ('m', 'n', 2**31)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError', e)
print(copyreg._extension_registry, copyreg._inverted_registry)
try:
    copyreg.remove_extension('mod', 'name', 6)
except ValueError as e:
    print('ValueError', e)
copyreg.remove_extension('mod', 'name', 5)
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.clear_extension_cache()


class P:
    def __init__(self, v):
        self.v = v


copyreg.pickle(P, lambda p: (P, (p.v * 10,)))
print(pickle.dumps(P(2), 2), pickle.loads(pickle.dumps(P(2))).v)
