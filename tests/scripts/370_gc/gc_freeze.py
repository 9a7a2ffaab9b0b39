# gc.freeze moves every tracked object to the permanent generation, where the collector
# never looks; gc.unfreeze moves them back.
import gc

gc.disable()
gc.collect()
log = []

class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def cycle(name):
    n = Node(name)
    n.me = n
    return n


print("count is an int:", type(gc.get_freeze_count()).__name__)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())

x = cycle("frozen")
gc.freeze()
print("frozen objects > 0:", gc.get_freeze_count() > 0)
before = gc.get_freeze_count()
del x
print("collect while frozen:", gc.collect(), log)

y = cycle("young")
del y
print("young garbage still collected:", gc.collect(), sorted(log))
log.clear()

gc.freeze()
print("second freeze adds objects:", gc.get_freeze_count() >= before)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect(), sorted(log))
log.clear()

print("-- freeze only affects objects existing at the time")
gc.freeze()
z = cycle("after-freeze")
del z
print("collect:", gc.collect(), log)
log.clear()
gc.unfreeze()
print("final count:", gc.get_freeze_count())
print("return values:", gc.freeze(), gc.unfreeze())
