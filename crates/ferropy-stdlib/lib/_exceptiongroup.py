"""The builtins ``BaseExceptionGroup`` and ``ExceptionGroup`` (PEP 654).

A pure-Python version of CPython 3.11's C implementation (Objects/exceptions.c:
``BaseExceptionGroup_new``/``_init``/``_str``/``_derive``/``_split``/``_subgroup``,
``exceptiongroup_split_recursive`` and ``exceptiongroup_subset``), with the same
argument checks and error messages.  The VM imports this module the first time one
of the two names is looked up as a builtin and stores both in the builtins dict.

Where it differs from CPython (it cannot be helped in Python code): ``message`` and
``exceptions`` live in the instance ``__dict__`` (under mangled names) behind
read-only descriptors, so ``vars(eg)`` shows them; the methods are Python
functions, so their reprs are not those of C methods; and while the VM cannot
instantiate ``types.GenericAlias``, ``ExceptionGroup[X]`` is a look-alike
(``_Alias``: same repr, ``__origin__``, ``__args__``, callable).
"""

__all__ = ['BaseExceptionGroup', 'ExceptionGroup']

_FunctionType = type(lambda: None)
_GenericAlias = type(list[int])


class _ReadonlyMember:
    """A READONLY ``T_OBJECT`` member (PyMemberDef) of BaseExceptionGroup."""

    def __init__(self, name, doc):
        self._name = name
        self._key = '_BaseExceptionGroup__' + name
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self._key]
        except KeyError:
            # A T_OBJECT member that was never set reads as None.
            return None

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return f"<member '{self._name}' of 'BaseExceptionGroup' objects>"


def _is_sequence(obj):
    # PySequence_Check: the type fills the sq_item slot (dicts do not).
    if isinstance(obj, dict):
        return False
    return hasattr(type(obj), '__getitem__')


def _is_exception_class(obj):
    # PyExceptionClass_Check
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _matcher_is_predicate(condition):
    """get_matcher_type: True for a predicate, False for a type (or tuple of them)."""
    if type(condition) is _FunctionType:
        return True
    if _is_exception_class(condition):
        return False
    if type(condition) is tuple:
        for item in condition:
            if not _is_exception_class(item):
                break
        else:
            return False
    raise TypeError(
        'expected a function, exception type or tuple of exception types')


def _matches(exc, predicate, condition):
    # exceptiongroup_split_check_match
    if predicate:
        return bool(condition(exc))
    # PyErr_GivenExceptionMatches: a subtype check on the exception's type.
    return issubclass(type(exc), condition)


def _one_arg(name, args, kwargs):
    # The argument checks of a METH_O method.
    if kwargs:
        raise TypeError(f'BaseExceptionGroup.{name}() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError(f'{name} expected 1 argument, got {len(args)}')
    return args[0]


def _subset(orig, excs):
    """exceptiongroup_subset: *orig* derived to wrap *excs*, with its metadata."""
    if not excs:
        return None
    eg = orig.derive(excs)
    if not isinstance(eg, BaseExceptionGroup):
        raise TypeError('derive must return an instance of BaseExceptionGroup')
    tb = orig.__traceback__
    if tb is not None:
        eg.__traceback__ = tb
    eg.__context__ = orig.__context__
    # Like PyException_SetCause, this also sets __suppress_context__.
    eg.__cause__ = orig.__cause__
    try:
        notes = orig.__notes__
    except AttributeError:
        pass
    else:
        if _is_sequence(notes):
            # Make a copy so the parts have independent notes lists.
            eg.__notes__ = list(notes)
    return eg


def _split_recursive(exc, predicate, condition, construct_rest):
    """exceptiongroup_split_recursive: return (match, rest), either may be None."""
    if _matches(exc, predicate, condition):
        # Full match
        return exc, None
    if not isinstance(exc, BaseExceptionGroup):
        # Leaf exception and no match
        return None, (exc if construct_rest else None)
    # Partial match
    match_list = []
    rest_list = [] if construct_rest else None
    for e in exc.exceptions:
        match, rest = _split_recursive(e, predicate, condition, construct_rest)
        if match is not None:
            match_list.append(match)
        if rest is not None:
            rest_list.append(rest)
    match = _subset(exc, match_list)
    rest = _subset(exc, rest_list) if construct_rest else None
    return match, rest


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""

    __module__ = 'builtins'

    def __new__(*args, **kwargs):
        # tp_new_wrapper's checks of the class argument.
        if not args:
            raise TypeError('BaseExceptionGroup.__new__(): not enough arguments')
        cls, *args = args
        if not isinstance(cls, type):
            raise TypeError(f'BaseExceptionGroup.__new__(X): X is not a type '
                            f'object ({type(cls).__name__})')
        if not issubclass(cls, BaseExceptionGroup):
            raise TypeError(f'BaseExceptionGroup.__new__({cls.__name__}): '
                            f'{cls.__name__} is not a subtype of BaseExceptionGroup')
        # PyArg_ParseTuple(args, "UO:BaseExceptionGroup.__new__", ...);
        # keyword arguments are ignored here (and rejected by __init__).
        if len(args) != 2:
            raise TypeError(f'BaseExceptionGroup.__new__() takes exactly 2 '
                            f'arguments ({len(args)} given)')
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError(f'BaseExceptionGroup.__new__() argument 1 must be '
                            f'str, not {_type_name(message)}')
        if not _is_sequence(exceptions):
            raise TypeError('second argument (exceptions) must be a sequence')
        exceptions = tuple(exceptions)
        if not exceptions:
            raise ValueError(
                'second argument (exceptions) must be a non-empty sequence')
        nested_base_exceptions = False
        for i, exc in enumerate(exceptions):
            if not isinstance(exc, BaseException):
                raise ValueError(f'Item {i} of second argument (exceptions) '
                                 f'is not an exception')
            if not isinstance(exc, Exception):
                nested_base_exceptions = True

        if cls is ExceptionGroup:
            if nested_base_exceptions:
                raise TypeError(
                    'Cannot nest BaseExceptions in an ExceptionGroup')
        elif cls is BaseExceptionGroup:
            if not nested_base_exceptions:
                # All nested exceptions are Exception subclasses,
                # wrap them in an ExceptionGroup
                cls = ExceptionGroup
        else:
            # user-defined subclass
            if nested_base_exceptions and issubclass(cls, Exception):
                raise TypeError(
                    f"Cannot nest BaseExceptions in '{cls.__name__}'")

        self = BaseException.__new__(cls, *args)
        d = self.__dict__
        d['_BaseExceptionGroup__message'] = message
        d['_BaseExceptionGroup__exceptions'] = exceptions
        return self

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError(
                f'{type(self).__name__}() takes no keyword arguments')
        BaseException.__init__(self, *args)

    def __str__(self):
        num_excs = len(self.exceptions)
        return (str(self.message) + ' (' + str(num_excs) + ' sub-exception'
                + ('s' if num_excs > 1 else '') + ')')

    def __class_getitem__(cls, item):
        """See PEP 585"""
        try:
            return _GenericAlias(cls, item)
        except TypeError:
            # ferropy: types.GenericAlias cannot be instantiated yet.
            return _Alias(cls, item)

    __class_getitem__ = classmethod(__class_getitem__)

    def derive(self, *args, **kwargs):
        if kwargs:
            raise TypeError('BaseExceptionGroup.derive() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(
                f'function takes exactly 1 argument ({len(args)} given)')
        return BaseExceptionGroup(self.message, args[0])

    def split(self, *args, **kwargs):
        condition = _one_arg('split', args, kwargs)
        predicate = _matcher_is_predicate(condition)
        return _split_recursive(self, predicate, condition, True)

    def subgroup(self, *args, **kwargs):
        condition = _one_arg('subgroup', args, kwargs)
        predicate = _matcher_is_predicate(condition)
        return _split_recursive(self, predicate, condition, False)[0]

    message = _ReadonlyMember('message', 'exception message')
    exceptions = _ReadonlyMember('exceptions', 'nested exceptions')


class _Alias:
    """A stand-in for ``types.GenericAlias(origin, args)``."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if type(args) is tuple else (args,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __repr__(self):
        args = ', '.join([_alias_arg_repr(a) for a in self.__args__])
        return f'{_alias_arg_repr(self.__origin__)}[{args or "()"}]'


def _alias_arg_repr(obj):
    # _Py_typing_type_repr
    if obj is ...:
        return '...'
    if hasattr(obj, '__origin__') and hasattr(obj, '__args__'):
        return repr(obj)
    try:
        qualname = obj.__qualname__
        module = obj.__module__
    except AttributeError:
        return repr(obj)
    if module == 'builtins':
        return qualname
    return f'{module}.{qualname}'


def _type_name(obj):
    # The "not X" part of PyArg_Parse* errors: 'None' for None, else the type name.
    return 'None' if obj is None else type(obj).__name__


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'
    __doc__ = None
