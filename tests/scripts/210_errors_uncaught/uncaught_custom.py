# An uncaught custom exception with a chained cause; finally blocks still run before exit.
class ConfigError(Exception):
    pass
def load():
    try:
        int("not a number")
    except ValueError as e:
        raise ConfigError("bad config value") from e
try:
    print("loading")
    load()
finally:
    print("finally still runs")
print("unreachable")
