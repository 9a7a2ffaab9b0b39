# pickle.dump/load with file objects, Pickler/Unpickler subclasses, persistent ids,
# dispatch tables, reducer_override, memo reuse and several pickles in one stream.
import pickle
import copyreg


class Sink:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)

    def getvalue(self):
        return b''.join(self.chunks)


class Source:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

    def readline(self):
        end = self.data.find(b'\n', self.pos)
        end = len(self.data) if end < 0 else end + 1
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk


for proto in range(6):
    sink = Sink()
    pickle.dump({'a': [1, 2]}, sink, proto)
    pickle.dump('second', sink, proto)
    pickle.dump(b'third' * 30000, sink, proto)
    data = sink.getvalue()
    src = Source(data)
    first = pickle.load(src)
    second = pickle.load(src)
    third = pickle.load(src)
    print(proto, len(sink.chunks), len(data), first, second, len(third), src.pos == len(data))
    try:
        pickle.load(src)
    except EOFError as e:
        print('EOFError', e)

# One Pickler, several dumps: the memo carries over until clear_memo().
sink = Sink()
p = pickle.Pickler(sink, 2)
shared = ['shared']
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(sink.chunks)
u = pickle.Unpickler(Source(sink.getvalue()))
a = u.load()
b = u.load()
c = u.load()
print(a, b, c, a is b, a is c)


class Db:
    rows = {1: 'one', 2: 'two'}


class Row:
    def __init__(self, key):
        self.key = key


class PersistentPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Row):
            return ('row', obj.key)
        return None


class PersistentUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        return Db.rows[key]


for proto in range(6):
    sink = Sink()
    if proto == 0:
        class P0(pickle.Pickler):
            def persistent_id(self, obj):
                return 'row%d' % obj.key if isinstance(obj, Row) else None

        class U0(pickle.Unpickler):
            def persistent_load(self, pid):
                return Db.rows[int(pid[3:])]
        P0(sink, 0).dump([Row(1), 'x', Row(2)])
        print(proto, sink.getvalue(), U0(Source(sink.getvalue())).load())
        continue
    PersistentPickler(sink, proto).dump([Row(1), 'x', Row(2)])
    print(proto, sink.getvalue(), PersistentUnpickler(Source(sink.getvalue())).load())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x, p.y))


class TablePickler(pickle.Pickler):
    dispatch_table = {Point: reduce_point}


sink = Sink()
TablePickler(sink, 2).dump(Point(1, 2))
print(sink.getvalue())
copyreg.pickle(Point, reduce_point)
print(pickle.dumps(Point(3, 4), 4))
del copyreg.dispatch_table[Point]
print(pickle.dumps(Point(3, 4), 4))


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Point:
            return (str, ('Point was here',))
        if isinstance(obj, int):
            raise AssertionError('reducer_override is not called for ints')
        return NotImplemented


sink = Sink()
Override(sink, 4).dump([Point, 5, 'text'])
print(sink.getvalue(), pickle.loads(sink.getvalue()))


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


for obj in [{1, 2}, Point(1, 2)]:
    try:
        print(Restricted(Source(pickle.dumps(obj, 2))).load())
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)


class Lazy(pickle.Pickler):
    def __init__(self, file):
        pass


try:
    Lazy(Sink()).dump(1)
except pickle.PicklingError as e:
    print('PicklingError', e)
