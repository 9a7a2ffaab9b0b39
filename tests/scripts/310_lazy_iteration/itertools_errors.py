# Error messages for bad arguments to itertools functions.
import itertools as it


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", list(result) if hasattr(result, "__next__") else result)
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


attempt("chain(None)", lambda: it.chain(None))
attempt("islice no args", lambda: it.islice())
attempt("count(step='x')", lambda: it.count(0, "x"))
attempt("cycle(None)", lambda: it.cycle(None))
attempt("repeat()", lambda: it.repeat())
attempt("repeat times kw", lambda: it.repeat("a", times=2))
attempt("accumulate(None)", lambda: it.accumulate(None))
attempt("groupby()", lambda: it.groupby())
attempt("product(None)", lambda: it.product(None))
attempt("product repeat str", lambda: it.product("a", repeat="2"))
attempt("permutations(None)", lambda: it.permutations(None))
attempt("combinations() no r", lambda: it.combinations([1, 2]))
attempt("combinations(r=None)", lambda: it.combinations([1, 2], None))
attempt("starmap(1, [])", lambda: it.starmap(1, []))
attempt("next starmap non-callable", lambda: next(it.starmap(1, [()])))
attempt("takewhile(None, [1])", lambda: it.takewhile(None, [1]))
attempt("tee('abc', 'x')", lambda: it.tee("abc", "x"))
attempt("zip_longest(1)", lambda: it.zip_longest(1))
attempt("compress(None, [])", lambda: it.compress(None, []))
attempt("pairwise()", lambda: it.pairwise())
attempt("filterfalse()", lambda: it.filterfalse())
attempt("dropwhile too many", lambda: it.dropwhile(bool, [], []))
attempt("chain.from_iterable()", lambda: it.chain.from_iterable())
attempt("accumulate kw func", lambda: it.accumulate([1, 2], func=max))
attempt("count(start=1, step=2)", lambda: it.islice(it.count(start=1, step=2), 2))
attempt("groupby(key=len)", lambda: [k for k, g in it.groupby(["a", "bb", "cc"], key=len)])

# Calling next() on the result of a bad call that is only detected lazily
g = it.groupby([1, 2], key=5)
try:
    next(g)
except TypeError as e:
    print("groupby bad key:", type(e).__name__, e)
