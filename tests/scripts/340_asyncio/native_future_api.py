# asyncio.Future and asyncio.Task are the _asyncio accelerator's native types (as in
# CPython): their API, error messages and the task step's checks on what a coroutine yields.
import asyncio
import types


def show(f):
    try:
        r = f()
    except BaseException as e:
        print(' ', type(e).__name__, e)
    else:
        print(' ', repr(r))


print(asyncio.Future, asyncio.Task, asyncio.Task.__mro__)
print(asyncio.futures.Future is asyncio.Future, asyncio.tasks.Task is asyncio.Task)
print(asyncio.Future.__module__, asyncio.Task.__name__, asyncio.Future.__qualname__)
print(asyncio.Future[int], isinstance(asyncio.Future[int], types.GenericAlias))

print('uninitialized')
raw = asyncio.Future.__new__(asyncio.Future)
for name in ['get_loop', 'done', 'cancelled', 'result', 'exception', '__await__']:
    show(getattr(raw, name))
for name in ['_state', '_result', '_loop', '_callbacks', '_asyncio_future_blocking']:
    show(lambda: getattr(raw, name))
show(lambda: repr(raw))

print('constructor errors')
show(lambda: asyncio.Future(1))
show(lambda: asyncio.Future(lop=1))
show(lambda: asyncio.Task())
show(lambda: asyncio.Task(1))
show(lambda: asyncio.Task.__new__(int))
show(lambda: asyncio.Future.done(1))
show(lambda: asyncio.Task.get_name(asyncio.Future.__new__(asyncio.Future)))


class MyFuture(asyncio.Future):
    def __init__(self, tag, *, loop=None):
        super().__init__(loop=loop)
        self.tag = tag

    def describe(self):
        return f'{self.tag}:{self._state}'


class MyTask(asyncio.Task):
    pass


async def child(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print('future', f, f._state, f._callbacks, f._asyncio_future_blocking)
    f.add_done_callback(print)
    f.add_done_callback(len)
    f.add_done_callback(print)
    print(len(f._callbacks), [cb for cb, ctx in f._callbacks])
    show(lambda: f.remove_done_callback(print))
    show(lambda: f.remove_done_callback(print))
    show(lambda: f.add_done_callback(1, 2))
    show(lambda: f.add_done_callback())
    show(lambda: f.remove_done_callback())
    show(lambda: f.cancel(1, 2))
    show(lambda: f.result())
    show(lambda: f.exception())
    show(lambda: f.set_exception(StopIteration()))
    show(lambda: f.set_exception(1))
    show(lambda: f.set_exception(int))

    def set_lt(v):
        f._log_traceback = v
    show(lambda: set_lt(True))

    def del_blocking():
        del f._asyncio_future_blocking
    show(del_blocking)
    f._asyncio_future_blocking = 1
    print(f._asyncio_future_blocking)
    f._asyncio_future_blocking = 0
    show(lambda: f.cancel(msg='stop'))
    show(lambda: f.cancel())
    print(f, f.cancelled(), f.done(), f._cancel_message)
    show(f.result)
    show(f._make_cancelled_error)
    show(lambda: f.set_result(1))

    g = loop.create_future()
    g.set_exception(ValueError)
    print(g, g._log_traceback)
    show(g.exception)
    print(g._log_traceback)
    show(g.result)

    h = loop.create_future()
    it = h.__await__()
    print(type(it).__name__, iter(it) is it)
    show(lambda: next(it) is h)
    show(lambda: next(it))
    h.set_result('value')
    try:
        next(it)
    except StopIteration as e:
        print('  StopIteration', e.value)
    show(lambda: next(it))
    it2 = loop.create_future().__await__()
    show(lambda: it2.throw(KeyError('k')))
    show(lambda: next(it2))
    show(lambda: loop.create_future().__await__().close())

    print('subclasses')
    m = MyFuture('mine')
    print(m.describe(), m.tag, isinstance(m, asyncio.Future), type(m).__name__)
    loop.call_soon(m.set_result, 5)
    print(await m, m.describe(), m)

    t = MyTask(child(4), name='custom')
    print(type(t).__name__, t.get_name(), await t, repr(t).split(' coro=')[0])

    print('tasks')
    t = asyncio.create_task(child(1))
    t2 = asyncio.ensure_future(child(2))
    print(t.get_name().startswith('Task-'), t.get_coro().__name__, t._coro is t.get_coro())
    t.set_name(42)
    print(repr(t.get_name()), t._must_cancel, t._fut_waiter, t._log_destroy_pending)
    show(lambda: t.set_result(1))
    show(lambda: t.set_exception(ValueError()))
    print(t.cancelling(), t.uncancel(), t.cancel('why'), t.cancelling(), t.uncancel(), t.cancelling())
    await asyncio.sleep(0)
    print(t.cancelled(), t.done(), await t2)
    show(t.result)
    print(asyncio.current_task() in asyncio.all_tasks(), t in asyncio.all_tasks())


async def bad_yields():
    class YieldsValue:
        def __await__(self):
            yield 42

    class YieldsGenerator:
        def __await__(self):
            yield (i for i in ())

    class YieldsUnblocked:
        def __init__(self, fut):
            self.fut = fut

        def __await__(self):
            yield self.fut

    loop = asyncio.get_running_loop()
    for make in [lambda: YieldsValue(), lambda: YieldsGenerator(),
                 lambda: YieldsUnblocked(loop.create_future())]:
        async def runner():
            await make()
        try:
            await asyncio.create_task(runner())
        except RuntimeError as e:
            print(' ', str(e).split(' in task')[0].split(':')[0])

    me = None

    async def self_await():
        await me
    me = asyncio.create_task(self_await())
    try:
        await me
    except RuntimeError as e:
        print(' ', str(e).split(':')[0])

    other = asyncio.new_event_loop()
    foreign = other.create_future()

    async def waits_foreign():
        await foreign
    try:
        await asyncio.create_task(waits_foreign())
    except RuntimeError as e:
        print(' ', 'attached to a different loop' in str(e))
    other.close()


asyncio.run(main())
asyncio.run(bad_yields())
