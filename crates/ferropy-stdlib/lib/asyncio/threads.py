"""High-level support for working with threads in asyncio.

Mirrors (the place of) CPython 3.11's Lib/asyncio/threads.py.

``to_thread(func, *args, **kwargs)`` runs a blocking function in the loop's
default executor (a thread pool) and awaits the result.  ferropy has no
``threading`` or ``concurrent.futures`` yet, so it is not implemented.  Once
threads exist, it is::

    async def to_thread(func, /, *args, **kwargs):
        loop = events.get_running_loop()
        ctx = contextvars.copy_context()
        func_call = functools.partial(ctx.run, func, *args, **kwargs)
        return await loop.run_in_executor(None, func_call)

plus ``BaseEventLoop.run_in_executor()`` (a ThreadPoolExecutor whose
concurrent future is chained to an asyncio future with
``call_soon_threadsafe``), and a way for another thread to wake up a loop
sleeping in ``BaseEventLoop._sleep``.
"""

__all__ = ()
