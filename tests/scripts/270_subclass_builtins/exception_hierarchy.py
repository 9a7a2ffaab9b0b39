# Custom exception hierarchies: catching by base, MRO, and except-clause ordering.
class AppError(Exception): pass
class DBError(AppError): pass
class ConnError(DBError): pass
class QueryError(DBError, ValueError): pass
for exc in [ConnError("conn"), QueryError("query"), AppError("app"), ValueError("plain")]:
    try:
        raise exc
    except ConnError as e:
        print("ConnError handler", e)
    except ValueError as e:
        print("ValueError handler", type(e).__name__, e)
    except DBError as e:
        print("DBError handler", e)
    except AppError as e:
        print("AppError handler", e)
print([c.__name__ for c in QueryError.__mro__])
print(issubclass(QueryError, Exception), issubclass(ConnError, ValueError))
try:
    raise QueryError
except AppError as e:
    print(type(e).__name__, repr(e), e.args)
