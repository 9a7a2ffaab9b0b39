# Objects placed in sys.modules are returned by import, even non-modules.
import sys
class Fake:
    answer = 42
    def __repr__(self):
        return "<Fake module>"
sys.modules["fake_mod"] = Fake()
import fake_mod
print(fake_mod, fake_mod.answer)
from fake_mod import answer
print(answer)
sys.modules["none_mod"] = None
try:
    import none_mod
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["fake_mod"]
try:
    import fake_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
