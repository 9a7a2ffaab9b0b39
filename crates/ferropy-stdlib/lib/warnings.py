# ferropy: adapted from CPython 3.11's Lib/warnings.py (PSF license); local changes are
# marked "ferropy:".
#
# CPython runs this module on top of the C accelerator ``_warnings`` (Python/_warnings.c),
# which supplies ``filters``, ``warn``, ``warn_explicit``, ``_filters_mutated``,
# ``defaultaction`` and ``onceregistry``.  ferropy has no ``_warnings``, so those are written
# here in Python, following the *C* semantics (which is what CPython actually runs), where
# they differ from the pure-Python fallback in Lib/warnings.py:
#
#   * the default filters hold the plain string '__main__' as the module matcher (an exact
#     match), exactly as ``warnings.filters`` shows on CPython;
#   * the filter version counter starts at 0 and a registry is stamped with it on first use;
#   * the "once" action records (text, category) in the caller's registry (the global
#     ``onceregistry`` is used only when warn_explicit() gets no registry), and "module"
#     records (text, category) too;
#   * an explicit ``module=None`` to warn_explicit() drops the warning silently;
#   * ``WarningMessage`` is built with ``source`` as the source argument (not as ``file``).
#
# ferropy gaps handled here:
#   * no ``sys._getframe`` (and no live frame objects): warn() cannot find its caller, so it
#     uses CPython's own no-frame fallback -- filename "sys", lineno 1, the ``sys`` module's
#     globals (module name "sys", registry ``sys.__warningregistry__``).  When the VM grows
#     ``sys._getframe`` this module uses it automatically.
#   * no ``re``: filter patterns are compiled with ``re`` when it can be imported, otherwise
#     with ``_MiniPattern`` below, a small backtracking matcher for the usual regex subset
#     (literals, ``.``, classes, ``\d\w\s``, groups, ``|``, greedy/lazy quantifiers,
#     ``^ $ \A \Z \b``), case-insensitive for message filters like ``re.I``.
#   * no ``linecache`` / ``open``: the source line of a warning is shown only when the
#     caller passes ``line=`` (or when one of them becomes available).
#   * no ``tracemalloc``: handled by the original code's ImportError path.
"""Python part of the warnings subsystem."""

import sys


__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)

def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)

def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # sys.stderr is None when run with pythonw.exe:
            # warnings get lost
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        # the file (probably stderr) is invalid - this warning gets lost.
        pass

# ferropy: linecache.getline() stand-in (no linecache module, no open() builtin yet).
def _getline(filename, lineno):
    try:
        import linecache
    except ImportError:
        pass
    else:
        return linecache.getline(filename, lineno)
    import builtins
    _open = getattr(builtins, 'open', None)
    if _open is None or not isinstance(filename, str):
        return ''
    try:
        with _open(filename, encoding='utf-8') as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except Exception:
        pass
    return ''

def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s =  f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"

    if msg.line is None:
        try:
            line = _getline(msg.filename, msg.lineno)
        except Exception:
            # When a warning is logged during Python shutdown, linecache
            # and the import machinery don't work anymore
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line

    if msg.source is not None:
        try:
            import tracemalloc
        # Logging a warning should not raise a new exception:
        # catch Exception, not only ImportError and RecursionError.
        except Exception:
            # don't suggest to enable tracemalloc if it's not available
            tracing = True
            tb = None
        else:
            tracing = tracemalloc.is_tracing()
            try:
                tb = tracemalloc.get_object_traceback(msg.source)
            except Exception:
                # When a warning is logged during Python shutdown, tracemalloc
                # and the import machinery don't work anymore
                tb = None

        if tb is not None:
            s += 'Object allocated at (most recent call last):\n'
            for frame in tb:
                s += ('  File "%s", lineno %s\n'
                      % (frame.filename, frame.lineno))

                try:
                    line = _getline(frame.filename, frame.lineno)
                except Exception:
                    line = None
                if line:
                    line = line.strip()
                    s += '    %s\n' % line
        elif not tracing:
            s += (f'{category}: Enable tracemalloc to get the object '
                  f'allocation traceback\n')
    return s

# Keep a reference to check if the function was replaced
_showwarning_orig = showwarning

def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            # warnings.showwarning() was replaced
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")

            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)

# Keep a reference to check if the function was replaced
_formatwarning_orig = formatwarning

def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            # warnings.formatwarning() was replaced
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ferropy: a minimal regular-expression engine standing in for ``re`` (absent in ferropy)
# when compiling filter patterns.  Only ``match()`` (anchored at the start) is needed.

_IGNORECASE = 2  # re.IGNORECASE
_DIGITS = '0123456789'
_SPACES = ' \t\n\r\f\v'

def _class_has(cls, ch):
    if cls == 'd':
        return ch in _DIGITS
    if cls == 'D':
        return ch not in _DIGITS
    if cls == 's':
        return ch in _SPACES
    if cls == 'S':
        return ch not in _SPACES
    if cls == 'w':
        return ch.isalnum() or ch == '_'
    if cls == 'W':
        return not (ch.isalnum() or ch == '_')
    return False

def _is_word(ch):
    return ch.isalnum() or ch == '_'

_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '0': '\0'}


class _RegexParser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def error(self, msg):
        raise ValueError("%s at position %d" % (msg, self.i))

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        alts = self.alternation()
        if self.i < len(self.p):
            self.error("unbalanced parenthesis")
        return alts

    def alternation(self):
        alts = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            alts.append(self.sequence())
        return alts

    def sequence(self):
        seq = []
        while True:
            c = self.peek()
            if c is None or c == '|' or c == ')':
                return seq
            atom = self.atom()
            atom = self.quantifier(atom)
            seq.append(atom)

    def quantifier(self, atom):
        c = self.peek()
        if c == '*':
            lo, hi = 0, None
        elif c == '+':
            lo, hi = 1, None
        elif c == '?':
            lo, hi = 0, 1
        elif c == '{':
            j = self.p.find('}', self.i)
            body = self.p[self.i + 1:j] if j >= 0 else ''
            parts = body.split(',')
            if j < 0 or len(parts) > 2 or not all(x.isdigit() or x == '' for x in parts) \
                    or parts[0] == '' and len(parts) == 1:
                return atom  # a literal '{', as in re
            lo = int(parts[0]) if parts[0] else 0
            if len(parts) == 1:
                hi = lo
            else:
                hi = int(parts[1]) if parts[1] else None
            self.i = j
        else:
            return atom
        if atom[0] in ('bol', 'eol', 'bos', 'eos', 'wordb', 'nwordb'):
            self.error("nothing to repeat")
        self.i += 1
        greedy = True
        if self.peek() == '?':
            self.i += 1
            greedy = False
        return ('rep', atom, lo, hi, greedy)

    def atom(self):
        c = self.p[self.i]
        self.i += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '(':
            if self.p.startswith('?:', self.i):
                self.i += 2
            elif self.p.startswith('?P<', self.i):
                j = self.p.find('>', self.i)
                if j < 0:
                    self.error("missing >")
                self.i = j + 1
            elif self.peek() == '?':
                self.error("unsupported group syntax")
            alts = self.alternation()
            if self.peek() != ')':
                self.error("missing ), unterminated subpattern")
            self.i += 1
            return ('group', alts)
        if c == ')':
            self.error("unbalanced parenthesis")
        if c in '*+?':
            self.error("nothing to repeat")
        if c == '[':
            return self.charset()
        if c == '\\':
            return self.escape()
        return ('lit', c)

    def escape(self):
        if self.i >= len(self.p):
            self.error("bad escape (end of pattern)")
        c = self.p[self.i]
        self.i += 1
        if c in 'dDsSwW':
            return ('set', False, [('cls', c)])
        if c == 'A':
            return ('bos',)
        if c == 'Z':
            return ('eos',)
        if c == 'b':
            return ('wordb',)
        if c == 'B':
            return ('nwordb',)
        if c in _ESCAPES:
            return ('lit', _ESCAPES[c])
        if c.isalnum():
            self.error("bad escape \\%s" % c)
        return ('lit', c)

    def charset(self):
        negated = False
        if self.peek() == '^':
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(self.p):
                self.error("unterminated character set")
            c = self.p[self.i]
            self.i += 1
            if c == ']' and not first:
                break
            first = False
            if c == '\\':
                if self.i >= len(self.p):
                    self.error("bad escape (end of pattern)")
                e = self.p[self.i]
                self.i += 1
                if e in 'dDsSwW':
                    items.append(('cls', e))
                    continue
                c = _ESCAPES.get(e, e)
            if self.peek() == '-' and self.i + 1 < len(self.p) and self.p[self.i + 1] != ']':
                self.i += 1
                hi = self.p[self.i]
                self.i += 1
                if hi == '\\':
                    e = self.p[self.i]
                    self.i += 1
                    hi = _ESCAPES.get(e, e)
                if hi < c:
                    self.error("bad character range %s-%s" % (c, hi))
                items.append(('range', c, hi))
            else:
                items.append(('range', c, c))
        return ('set', negated, items)


class _MiniMatch:
    def __init__(self, pattern, string, end):
        self.re = pattern
        self.string = string
        self._end = end

    def group(self, n=0):
        if n != 0:
            raise IndexError("no such group")
        return self.string[:self._end]

    def start(self, n=0):
        return 0

    def end(self, n=0):
        return self._end

    def span(self, n=0):
        return (0, self._end)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % ((0, self._end), self.group())


class _MiniPattern:
    """A compiled pattern of the regex subset described at the top of this module."""

    def __init__(self, pattern, flags=0):
        self.pattern = pattern
        self.flags = flags
        self._icase = bool(flags & _IGNORECASE)
        self._alts = _RegexParser(pattern).parse()

    def __repr__(self):
        if self.flags & _IGNORECASE:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, _MiniPattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def match(self, string):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(string).__name__)
        end = self._alternatives(self._alts, string, 0, lambda pos: pos)
        if end is None:
            return None
        return _MiniMatch(self, string, end)

    # Continuation-passing backtracking matcher: each helper returns the end position of
    # the overall match (the value k returns) or None.
    def _alternatives(self, alts, s, pos, k):
        for seq in alts:
            r = self._seq(seq, 0, s, pos, k)
            if r is not None:
                return r
        return None

    def _char_ok(self, node, ch):
        kind = node[0]
        if kind == 'any':
            return ch != '\n'
        if kind == 'lit':
            if self._icase:
                return ch.lower() == node[1].lower()
            return ch == node[1]
        # 'set'
        hit = self._in_set(node[2], ch)
        if not hit and self._icase:
            hit = self._in_set(node[2], ch.lower()) or self._in_set(node[2], ch.upper())
        return hit != node[1]

    def _in_set(self, items, ch):
        for item in items:
            if item[0] == 'cls':
                if _class_has(item[1], ch):
                    return True
            elif item[1] <= ch <= item[2]:
                return True
        return False

    def _seq(self, seq, idx, s, pos, k):
        if idx == len(seq):
            return k(pos)
        node = seq[idx]
        kind = node[0]
        if kind in ('lit', 'any', 'set'):
            if pos < len(s) and self._char_ok(node, s[pos]):
                return self._seq(seq, idx + 1, s, pos + 1, k)
            return None
        if kind == 'group':
            return self._alternatives(node[1], s, pos,
                                      lambda p: self._seq(seq, idx + 1, s, p, k))
        if kind == 'rep':
            return self._rep(node, seq, idx, s, pos, k)
        if kind == 'bol':
            ok = pos == 0
        elif kind == 'bos':
            ok = pos == 0
        elif kind == 'eol':
            ok = pos == len(s) or (pos == len(s) - 1 and s[pos] == '\n')
        elif kind == 'eos':
            ok = pos == len(s)
        else:  # 'wordb' / 'nwordb'
            before = pos > 0 and _is_word(s[pos - 1])
            after = pos < len(s) and _is_word(s[pos])
            ok = (before != after) == (kind == 'wordb')
        if ok:
            return self._seq(seq, idx + 1, s, pos, k)
        return None

    def _rep(self, node, seq, idx, s, pos, k):
        _, atom, lo, hi, greedy = node
        rest = lambda p: self._seq(seq, idx + 1, s, p, k)
        if atom[0] in ('lit', 'any', 'set'):
            # Single-character atom: scan iteratively (no deep recursion for '.*').
            n = 0
            limit = len(s) - pos if hi is None else min(hi, len(s) - pos)
            while n < limit and self._char_ok(atom, s[pos + n]):
                n += 1
            if n < lo:
                return None
            counts = range(n, lo - 1, -1) if greedy else range(lo, n + 1)
            for c in counts:
                r = rest(pos + c)
                if r is not None:
                    return r
            return None

        def step(count, p):
            if greedy:
                if hi is None or count < hi:
                    r = self._seq([atom], 0, s, p,
                                  lambda q: step(count + 1, q) if q != p else None)
                    if r is not None:
                        return r
                if count >= lo:
                    return rest(p)
                return None
            if count >= lo:
                r = rest(p)
                if r is not None:
                    return r
            if hi is None or count < hi:
                return self._seq([atom], 0, s, p,
                                 lambda q: step(count + 1, q) if q != p else None)
            return None
        return step(0, pos)


def _compile(pattern, flags=0):
    # ferropy: use the real ``re`` when the VM has it, else the minimal engine above.
    try:
        import re
    except ImportError:
        return _MiniPattern(pattern, flags)
    return re.compile(pattern, flags)

_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')

def _escape(pattern):
    # ferropy: re.escape() stand-in.
    try:
        import re
    except ImportError:
        return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in pattern)
    return re.escape(pattern)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'message' -- a regex that the warning message must match
    'category' -- a class that the warning must be a subclass of
    'module' -- a regex that the module name must match
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
           "lineno must be an int >= 0"

    if message:
        message = _compile(message, _IGNORECASE)
    else:
        message = None
    if module:
        module = _compile(module)
    else:
        module = None

    _add_filter(action, message, category, module, lineno, append=append)

def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front).

    A simple filter matches all modules and messages.
    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'category' -- a class that the warning must be a subclass of
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
           "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)

def _add_filter(*item, append):
    # Remove possible duplicate filters, so new one will be placed
    # in correct place. If append=True and duplicate exists, do nothing.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()

def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()

class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass

# Helper to process -W options passed via sys.warnoptions
def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)

# Helper for _processoptions()
def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip()
                                                 for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)

# Helper for _setoption()
def _getaction(action):
    if not action:
        return "default"
    if action == "all": return "always" # Alias
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))

# Helper for _setoption()
def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def _is_internal_frame(frame):
    """Signal whether the frame is an internal CPython implementation detail."""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    """Find the next frame that doesn't involve CPython internals."""
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


# ferropy: the caller's (globals, filename, lineno) for warn(), as _warnings.c's
# setup_context() computes it.  Without sys._getframe there is no way to reach the caller's
# frame, so this takes CPython's no-frame path: ("sys", 1) and the sys module's globals.
def _caller_context(stacklevel):
    getframe = getattr(sys, '_getframe', None)
    frame = None
    if getframe is not None:
        try:
            if stacklevel <= 1 or _is_internal_frame(getframe(2)):
                # If frame is too small to care or if the warning originated in
                # internal code, then do not try to hide any frames.
                frame = getframe(max(stacklevel, 1) + 1)
            else:
                frame = getframe(2)
                # Look for one frame less since the above line starts us off.
                for x in range(stacklevel-1):
                    frame = _next_external_frame(frame)
                    if frame is None:
                        break
        except (ValueError, AttributeError):
            frame = None
    if frame is not None:
        globals = getattr(frame, 'f_globals', None)
        if globals is not None:
            return globals, frame.f_code.co_filename, frame.f_lineno
    return sys.__dict__, "sys", 1


_MISSING = object()

# Code typically replaced by _warnings
def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    # Check if message is already a Warning object
    if isinstance(message, Warning):
        category = message.__class__
    # Check category argument
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    # Get context information
    globals, filename, lineno = _caller_context(stacklevel)
    registry = globals.get("__warningregistry__", _MISSING)
    if registry is _MISSING:
        registry = {}
        globals["__warningregistry__"] = registry
    module = globals.get('__name__', _MISSING)
    if not (module is None or isinstance(module, str)):
        module = "<string>"
    _warn_explicit(message, category, filename, lineno, module, registry, source)

def warn_explicit(message, category, filename, lineno,
                  module=_MISSING, registry=None, module_globals=None,
                  source=None):
    """Low-level interface to warnings functionality."""
    if not isinstance(lineno, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(lineno).__name__)
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'"
                        % type(module_globals).__name__)
    if module is _MISSING:
        module = filename or "<unknown>"
        if module[-3:] == ".py":
            module = module[:-3] # XXX What about leading pathname?
    _warn_explicit(message, category, filename, lineno, module, registry, source)

def _already_warned(registry, key, should_set):
    # _warnings.c's already_warned(): reset a registry stamped with an old filters version.
    version = registry.get('version')
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    else:
        if registry.get(key):
            return True
    if should_set:
        registry[key] = True
    return False

def _warn_explicit(message, category, filename, lineno, module, registry, source):
    # ferropy: as _warnings.c, module None (e.g. an explicit module=None) drops the warning.
    if module is None:
        return
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    # Quick test for common case
    if registry is not None and _already_warned(registry, key, False):
        return
    # Search the filters
    if not isinstance(filters, list):
        raise ValueError("_warnings.filters must be a list")
    item = None
    i = 0
    while i < len(filters):
        item = filters[i]
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%.200s'"
                            % type(action).__name__)
        if (_check_matched(msg, text) and _check_matched(mod, module) and
                issubclass(category, cat) and (ln == 0 or lineno == ln)):
            break
        i += 1
    else:
        item = None
        action = defaultaction
        if not isinstance(action, str):
            raise TypeError("_warnings.defaultaction must be a string, not '%.200s'"
                            % type(action).__name__)
    # Early exit actions
    if action == "error":
        raise message
    if action == "ignore":
        return
    # Store in the registry that we've been here, *except* when the action is "always".
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if registry is None:
                registry = onceregistry
                if not isinstance(registry, dict):
                    raise TypeError("_warnings.onceregistry must be a dict, not '%.200s'"
                                    % type(registry).__name__)
            if _already_warned(registry, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != "default":
            # Unrecognized actions are errors
            raise RuntimeError(
                  "Unrecognized action (%r) in warnings.filters:\n %r" %
                  (action, item))
    # Print message and context
    show = _showwarnmsg
    if not callable(show):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    show(msg)

def _check_matched(obj, arg):
    # A 'None' filter always matches; an internal plain-text default filter must match
    # exactly; otherwise assume a regex filter and call its match() method.
    if obj is None:
        return True
    if type(obj) is str:
        return obj == arg
    return bool(obj.match(arg))


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                    "line : %r}" % (self.message, self._category_name,
                                    self.filename, self.lineno, self.line))


class catch_warnings(object):

    """A context manager that copies and restores the warnings filter upon
    exiting the context.

    The 'record' argument specifies whether warnings should be captured by a
    custom implementation of warnings.showwarning() and be appended to a list
    returned by the context manager. Otherwise None is returned by the context
    manager. The objects appended to the list are arguments whose attributes
    mirror the arguments to showwarning().

    The 'module' argument is to specify an alternative module to the module
    named 'warnings' and imported under that name. This argument is only useful
    when testing the warnings module itself.

    If the 'action' argument is not None, the remaining arguments are passed
    to warnings.simplefilter() as if it were called immediately on entering the
    context.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        """Specify whether to record warnings and if an alternative module
        should be used other than sys.modules['warnings'].

        For compatibility with Python 3.0, please consider all arguments to be
        keyword-only.

        """
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # Reset showwarning() to the default implementation to make sure
            # that _showwarnmsg() calls _showwarnmsg_impl()
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"

def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warn that *name* is deprecated or should be removed.

    RuntimeError is raised if *remove* specifies a major/minor tuple older than
    the current Python version or the same version but past the alpha.

    The *message* argument is formatted with *name* and *remove* as a Python
    version (e.g. "3.11").

    """
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha"):
        msg = f"{name!r} was slated for removal after Python {remove_formatted} alpha"
        raise RuntimeError(msg)
    else:
        msg = message.format(name=name, remove=remove_formatted)
        warn(msg, DeprecationWarning, stacklevel=3)


# Private utility function called by _PyErr_WarnUnawaitedCoroutine
def _warn_unawaited_coroutine(coro):
    msg_lines = [
        f"coroutine '{coro.__qualname__}' was never awaited\n"
    ]
    if getattr(coro, 'cr_origin', None) is not None:
        # ferropy: linecache/traceback may be missing; skip the origin listing then.
        try:
            import traceback
        except ImportError:
            traceback = None
        if traceback is not None:
            def extract():
                for filename, lineno, funcname in reversed(coro.cr_origin):
                    line = _getline(filename, lineno)
                    yield (filename, lineno, funcname, line)
            msg_lines.append("Coroutine created at (most recent call last)\n")
            msg_lines += traceback.format_list(list(extract()))
    msg = "".join(msg_lines).rstrip("\n")
    # Passing source= here means that if the user happens to have tracemalloc
    # enabled and tracking where the coroutine was created, the warning will
    # contain that traceback. This does mean that if they have *both*
    # coroutine origin tracking *and* tracemalloc enabled, they'll get two
    # partially-redundant tracebacks. If we wanted to be clever we could
    # probably detect this case and avoid it, but for now we don't bother.
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


# filters contains a sequence of filter 5-tuples
# The components of the 5-tuple are:
# - an action: error, ignore, always, default, module, or once
# - a compiled regex that must match the warning message
# - a class representing the warning category
# - a compiled regex that must match the module that is being warned
# - a line number for the line being warning, or 0 to mean any line
# If either if the compiled regexs are None, match anything.
#
# ferropy: no _warnings accelerator; this is its state (see the header comment).
# Several warning categories are ignored by default in regular builds (init_filters()).
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_defaultaction = defaultaction = "default"
_onceregistry = onceregistry = {}

_filters_version = 0

def _filters_mutated():
    global _filters_version
    _filters_version += 1


# Module initialization
_processoptions(getattr(sys, 'warnoptions', []))
