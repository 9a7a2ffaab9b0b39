"""Read-only fields of struct sequences (CPython's PyStructSequence), shared by the
Python-written ones: time.struct_time, os.stat_result, os.uname_result, ..."""


class field:
    """A read-only field: a tuple index, or the name of a value kept in the instance
    dict (the fields past `n_sequence_fields`), optionally falling back to an index."""

    def __init__(self, at, fallback=None):
        self.at = at
        self.fallback = fallback

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if isinstance(self.at, int):
            return obj[self.at]
        v = obj.__dict__.get(self.at)
        if v is None and self.fallback is not None:
            return obj[self.fallback]
        return v

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")
