import sys
from os import path as p, sep
from . import sibling
from .. import parent
from ...pkg.mod import (a, b as c,)
from .mod import *


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for i in range(10):
    if i % 2:
        continue
    print(i)
else:
    print("done")

while True:
    break

x = 10
while x > 0:
    x -= 1
else:
    pass

for a, (b, c) in pairs:
    pass

for [a, *b] in lists:
    pass

for x in *a, *b:
    pass

with open("f") as f, open("g") as (a, b):
    data = f.read()

with (yield_thing):
    pass

with (a, b) as c:
    pass

with (
    open("x") as x,
    open("y") as y,
):
    pass

try:
    risky()
except:
    handle()

try:
    pass
finally:
    cleanup()

class Empty: pass

class WithDoc:
    'doc'

class Meta(type, metaclass=abc.ABCMeta, **kw):
    def __new__(mcs, *args, **kwargs): return super().__new__(mcs, *args, **kwargs)

if x: a = 1; b = 2;
def f(): return
def g(a, b, c): ...
def h(*, a): pass
def i(a, /): pass
def j(a=1, *args, b, c=2, **kwargs): pass
def k(a: int = 1, *args: str, b: "B" = None, **kwargs: dict) -> "R": pass
lambda a, /, b, *, c: 0
lambda *args: args
lambda **kw: kw
lambda a=1, b=2: a
match = case = _ = 1
print(match, case, _)
type = 5
