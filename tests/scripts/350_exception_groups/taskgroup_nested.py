# asyncio.TaskGroup: groups inside groups, and groups in child tasks.
import asyncio

log = []

async def leaf(name, n, fail=False):
    try:
        for _ in range(n):
            await asyncio.sleep(0)
        if fail:
            raise ValueError(name)
        log.append(f"{name} ok")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

def tree(e):
    if isinstance(e, BaseExceptionGroup):
        return "EG(" + ", ".join(tree(x) for x in e.exceptions) + ")"
    return repr(e)

async def subtree(prefix, fail):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(prefix + ".a", 1))
        tg.create_task(leaf(prefix + ".b", 3, fail=fail))
    return prefix

async def main():
    # all good: inner groups run inside tasks of the outer group
    async with asyncio.TaskGroup() as outer:
        t1 = outer.create_task(subtree("x", False))
        t2 = outer.create_task(subtree("y", False))
    print(t1.result(), t2.result(), sorted(log))

    # a failure deep down: the inner group's ExceptionGroup fails the outer task
    log.clear()
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(subtree("p", True))
            outer.create_task(leaf("sibling", 20))
    except ExceptionGroup as eg:
        print(tree(eg))
        print(str(eg), "/", str(eg.exceptions[0]))
        print(repr(eg.subgroup(ValueError)))
    print(sorted(log))

    # a group directly nested in the body of another
    log.clear()
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(leaf("outer-child", 20))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(leaf("inner-bad", 1, fail=True))
                inner.create_task(leaf("inner-child", 20))
            log.append("not reached")
    except ExceptionGroup as eg:
        print(tree(eg))
    print(sorted(log))

    # two failing subtrees
    log.clear()
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(subtree("l", True))
            outer.create_task(subtree("r", True))
    except ExceptionGroup as eg:
        print(tree(eg))
        match, rest = eg.split(lambda e: isinstance(e, ValueError) and str(e).startswith("l"))
        print(tree(match), tree(rest))

asyncio.run(main())
