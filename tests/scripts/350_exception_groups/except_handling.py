# Raising and catching exception groups with plain except clauses (no except*).
def risky(n):
    errors = []
    for i in range(n):
        try:
            if i % 2:
                raise ValueError(f"odd {i}")
            raise KeyError(f"even {i}")
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} failures", errors)

try:
    risky(3)
except ExceptionGroup as eg:
    print("caught:", eg)
    print([repr(e) for e in eg.exceptions])

# an ExceptionGroup is an Exception; a BaseExceptionGroup of base exceptions is not
for make in (lambda: ExceptionGroup("e", [ValueError()]),
             lambda: BaseExceptionGroup("b", [KeyboardInterrupt()])):
    try:
        try:
            raise make()
        except Exception as e:
            print("except Exception:", type(e).__name__)
    except BaseExceptionGroup as e:
        print("except BaseExceptionGroup:", type(e).__name__)

# except with a tuple including the group class
try:
    raise ExceptionGroup("t", [TypeError()])
except (KeyError, ExceptionGroup) as e:
    print("tuple clause:", repr(e))

# a leaf type does not match the group wrapping it
try:
    try:
        raise ExceptionGroup("wrapped", [ValueError("inside")])
    except ValueError:
        print("not reached")
except ExceptionGroup as eg:
    print("ValueError clause skipped:", repr(eg))

# handle part of a group, re-raise the rest (what except* does, by hand)
def handle_value_errors(eg):
    match, rest = eg.split(ValueError)
    if match is not None:
        for e in match.exceptions:
            print("  handled", repr(e))
    if rest is not None:
        raise rest

try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), TypeError(2), ValueError(3)])
    except ExceptionGroup as eg:
        handle_value_errors(eg)
except ExceptionGroup as rest:
    print("re-raised rest:", repr(rest))

# raise ... from with a group, and a group as the cause
try:
    try:
        raise ExceptionGroup("first", [ValueError(1)])
    except ExceptionGroup as eg:
        raise RuntimeError("wrapped") from eg
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__))

try:
    raise ExceptionGroup("from", [KeyError("k")]) from ValueError("why")
except ExceptionGroup as eg:
    print(repr(eg), repr(eg.__cause__), eg.__suppress_context__)

# a traceback is attached when raised
try:
    raise ExceptionGroup("tb", [ValueError()])
except ExceptionGroup as eg:
    print(eg.__traceback__ is not None, eg.__traceback__.tb_lineno)

# isinstance dispatch over the leaves of a nested group
def leaves(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e

try:
    raise ExceptionGroup("nested", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
except ExceptionGroup as eg:
    print([type(e).__name__ for e in leaves(eg)])

# exceptions raised inside a handler of a group chain to it
try:
    try:
        raise ExceptionGroup("ctx", [ValueError()])
    except ExceptionGroup:
        raise KeyError("in handler")
except KeyError as e:
    print(repr(e), repr(e.__context__))
