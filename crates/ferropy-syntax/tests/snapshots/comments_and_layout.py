#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Module docstring
spanning lines."""

x = (1 +   # comment inside parens
     2)
y = [
    1,
    2,  # trailing
]
z = 1 + \
    2
if x:
    # comment at odd indent
        pass
else:
	pass  # tab-indented block

def f():

    return x  # blank line above



s = """multi
line
string""" + 'x'
t = f"""
{x}
  {y!r}
"""
名前 = "unicode identifier"
café = 1
print(名前, café, "émoji 😀")
