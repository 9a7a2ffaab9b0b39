"""Follows CPython 3.11's Lib/collections/abc.py: a re-export of _collections_abc."""
from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
