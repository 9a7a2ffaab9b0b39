"""Managers (CPython's Lib/multiprocessing/managers.py): shared objects served by one
owner, reached through proxies.

CPython's manager is a server process; here it is a server thread in the interpreter that
created the manager. A proxy sends `(reply channel, object id, method, args, kwargs)`
pickled over the manager's request channel and waits for the pickled result on its own
reply channel, so proxies work from any child interpreter.
"""

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace']

import pickle
import queue
import threading
import itertools
import _multiprocessing

from multiprocessing import process


class Namespace(object):
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


_view_types = (type({}.items()), type({}.keys()), type({}.values()))


class RemoteError(Exception):
    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


class BaseProxy(object):
    '''A proxy for a shared object: every method call runs in the manager.'''
    _exposed = ()

    def __init__(self, requests_id, oid, typeid):
        self._requests_id = requests_id
        self._oid = oid
        self._typeid = typeid
        self._requests = _multiprocessing.channel(requests_id)
        self._replies = _multiprocessing.Channel()

    def _callmethod(self, methodname, args=(), kwds={}):
        self._requests.put(pickle.dumps(
            (self._replies.id(), self._oid, methodname, args, kwds)))
        ok, value = pickle.loads(self._replies.get())
        if ok:
            return value
        raise value

    def _getvalue(self):
        return self._callmethod('#GETVALUE')

    def __reduce__(self):
        # Proxy types made by register() are not module attributes: rebuild by typeid.
        return (RebuildProxy, (self._typeid, self._requests_id, self._oid))

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % \
               (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


_proxy_types = {}


def RebuildProxy(typeid, requests_id, oid):
    '''Recreate a proxy (in any interpreter) from its typeid and ids.'''
    return _proxy_types[typeid](requests_id, oid, typeid)


def MakeProxyType(name, exposed):
    dic = {}
    for meth in exposed:
        exec('''def %s(self, /, *args, **kwds):
        return self._callmethod(%r, args, kwds)''' % (meth, meth), dic)
    ProxyType = type(name, (BaseProxy,), dic)
    ProxyType._exposed = tuple(exposed)
    return ProxyType


ListProxy = MakeProxyType('ListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
    '__mul__', '__reversed__', '__rmul__', '__setitem__',
    'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
    'reverse', 'sort', '__imul__'
))
ListProxy.__iadd__ = lambda self, value: (self._callmethod('extend', (value,)), self)[1]
ListProxy.__iter__ = lambda self: iter(self._callmethod('__getitem__', (slice(None),)))

DictProxy = MakeProxyType('DictProxy', (
    '__contains__', '__delitem__', '__getitem__', '__len__',
    '__setitem__', 'clear', 'copy', 'get', 'items',
    'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'
))
DictProxy.__iter__ = lambda self: iter(self._callmethod('keys'))

QueueProxy = MakeProxyType('AutoProxy[Queue]', (
    'empty', 'full', 'get', 'get_nowait', 'join', 'put', 'put_nowait', 'qsize',
    'task_done'))

ValueProxy = MakeProxyType('ValueProxy', ('get', 'set'))
ValueProxy.value = property(lambda self: self._callmethod('get'),
                            lambda self, v: self._callmethod('set', (v,)))


class _ValueHolder:
    def __init__(self, typecode, value, lock=True):
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('__delattr__', (key,))


class BaseManager(object):
    '''Serves shared objects to proxies from a thread of this interpreter.'''
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        self._objects = {}
        self._ids = itertools.count(1)
        self._requests = _multiprocessing.Channel()
        self._thread = None
        self._state = 'initial'

    def start(self, initializer=None, initargs=()):
        if self._state == 'started':
            raise process.ProcessError("Already started server") if hasattr(
                process, 'ProcessError') else RuntimeError("Already started server")
        if initializer is not None:
            initializer(*initargs)
        self._thread = threading.Thread(target=self._serve, daemon=True,
                                        name='SyncManager-server')
        self._thread.start()
        self._state = 'started'

    def _serve(self):
        # Like CPython's server, which runs a thread per client connection: each proxy
        # (one reply channel) gets its own thread, so a call that blocks (a managed
        # Lock's acquire) holds up only that proxy, and an RLock sees one owner per proxy.
        clients = {}
        while True:
            msg = self._requests.get()
            reply_id, oid, method, args, kwds = pickle.loads(msg)
            if oid is None:
                for q in clients.values():
                    q.put(None)
                return
            q = clients.get(reply_id)
            if q is None:
                q = clients[reply_id] = queue.SimpleQueue()
                threading.Thread(target=self._serve_client, args=(reply_id, q),
                                 daemon=True).start()
            q.put((oid, method, args, kwds))

    def _serve_client(self, reply_id, requests):
        reply = _multiprocessing.channel(reply_id)
        while True:
            request = requests.get()
            if request is None:
                return
            oid, method, args, kwds = request
            try:
                obj = self._objects[oid]
                if method == '#GETVALUE':
                    result = (True, obj)
                else:
                    value = getattr(obj, method)(*args, **kwds)
                    if isinstance(value, _view_types):
                        # Dict views travel as lists (CPython's rebuild_as_list).
                        value = list(value)
                    result = (True, value)
            except Exception as e:
                result = (False, e)
            try:
                data = pickle.dumps(result)
            except Exception as e:
                data = pickle.dumps((False, RemoteError(repr(e))))
            reply.put(data)

    def _create(self, typeid, obj, proxytype):
        oid = next(self._ids)
        self._objects[oid] = obj
        return proxytype(self._requests.id(), oid, typeid)

    def shutdown(self):
        if self._state == 'started':
            self._requests.put(pickle.dumps((0, None, None, (), {})))
            self._thread.join()
            self._state = 'shutdown'

    def join(self, timeout=None):
        if self._thread is not None:
            self._thread.join(timeout)

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            names = exposed or [n for n in dir(callable) if not n.startswith('_')] \
                if callable is not None else ()
            proxytype = MakeProxyType('AutoProxy[%s]' % typeid, names)
        cls._registry[typeid] = (callable, proxytype)
        _proxy_types[typeid] = proxytype
        if create_method:
            def temp(self, /, *args, **kwds):
                return self._create(typeid, callable(*args, **kwds), proxytype)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


class SyncManager(BaseManager):
    pass


SyncManager.register('Queue', queue.Queue, QueueProxy)
SyncManager.register('JoinableQueue', queue.Queue, QueueProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
SyncManager.register('Value', _ValueHolder, ValueProxy)
AcquirerProxy = MakeProxyType('AcquirerProxy', ('acquire', 'release'))
AcquirerProxy.__enter__ = lambda self: self._callmethod('acquire')
AcquirerProxy.__exit__ = lambda self, *args: self._callmethod('release')
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Event', threading.Event, MakeProxyType('EventProxy',
                                                             ('is_set', 'set', 'clear', 'wait')))
