# MRO when mixing user classes with builtin bases (dict, list, Exception, int).
class LogMixin:
    def log(self):
        return "log " + type(self).__name__
class LDict(LogMixin, dict): pass
class LList(list, LogMixin): pass
class LErr(LogMixin, KeyError): pass
class LInt(LogMixin, int): pass
for cls in (LDict, LList, LErr, LInt):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
print(LDict(a=1).log(), LList([1]).log(), LInt(3).log(), LErr("k").log())
try:
    class Both(dict, list): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Both2(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
class Ok(Exception, LogMixin): pass
print([k.__name__ for k in Ok.__mro__])
