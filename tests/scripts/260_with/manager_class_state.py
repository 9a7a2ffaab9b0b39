# A transaction-like manager commits on success and rolls back on error.
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, t, v, tb):
        if t is None:
            print("commit", sorted(self.store.items()))
        else:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rollback after", t.__name__, v)
        return t is ValueError
db = {"a": 1}
with Transaction(db) as s:
    s["b"] = 2
with Transaction(db) as s:
    s["c"] = 3
    del s["a"]
    raise ValueError("bad data")
print(sorted(db.items()))
try:
    with Transaction(db) as s:
        s["z"] = 0
        raise KeyError("fatal")
except KeyError as e:
    print("propagated", e)
print(sorted(db.items()))
