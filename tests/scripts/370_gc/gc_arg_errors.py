# Argument errors of the gc module functions (the messages name the function as gc.NAME()).
import gc

gc.disable()

def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        print(label, "->", type(result).__name__)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


for name in ["enable", "disable", "isenabled", "get_threshold", "get_count", "get_debug",
             "freeze", "unfreeze", "get_freeze_count", "get_stats"]:
    attempt(name + "(1)", getattr(gc, name), 1)

attempt("is_tracked()", gc.is_tracked)
attempt("is_tracked(1, 2)", gc.is_tracked, 1, 2)
attempt("is_finalized()", gc.is_finalized)
attempt("is_finalized(1, 2)", gc.is_finalized, 1, 2)
attempt("set_debug()", gc.set_debug)
attempt("set_debug(1, 2)", gc.set_debug, 1, 2)
attempt("set_debug(flags=0)", gc.set_debug, flags=0)
attempt("set_debug('1')", gc.set_debug, "1")
attempt("collect(0, 1)", gc.collect, 0, 1)
attempt("collect(gen=0)", gc.collect, gen=0)
attempt("collect('0')", gc.collect, "0")
attempt("collect(3)", gc.collect, 3)
attempt("set_threshold()", gc.set_threshold)
attempt("set_threshold(1, 2, 3, 4)", gc.set_threshold, 1, 2, 3, 4)
attempt("set_threshold(threshold0=5)", gc.set_threshold, threshold0=5)
attempt("get_objects('0')", gc.get_objects, "0")
attempt("get_objects(generation='0')", gc.get_objects, generation="0")
attempt("get_objects(generation=1.5)", gc.get_objects, generation=1.5)
attempt("get_objects(gen=0)", gc.get_objects, gen=0)
attempt("get_objects(generation=3)", gc.get_objects, generation=3)
attempt("get_objects(generation=-2)", gc.get_objects, generation=-2)
attempt("get_referents(x=1)", gc.get_referents, x=1)
attempt("get_referrers(x=1)", gc.get_referrers, x=1)
gc.set_debug(0)
gc.set_threshold(700, 10, 10)
gc.enable()
