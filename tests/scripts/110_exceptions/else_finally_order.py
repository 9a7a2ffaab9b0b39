# Ordering of try/except/else/finally blocks in success, failure, and nested cases.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise RuntimeError("boom")
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(False))
print(run(True))
def nested():
    try:
        try:
            raise ValueError
        finally:
            print("inner finally")
    except ValueError:
        print("outer except")
    finally:
        print("outer finally")
nested()
def finally_runs_on_return():
    try:
        return "from try"
    finally:
        print("finally before return completes")
print(finally_runs_on_return())
