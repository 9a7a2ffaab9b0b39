"""Scratch file names for the 400_files scripts.

The golden runner runs each script under three scheduling modes at the same time, so
names are made unique per process (the main thread's native id is the process id) and
removed again at the end. Paths never appear in the output: `show` strips them.
"""
import threading

PREFIX = "/tmp/ferropy_io_%d_" % threading.get_native_id()
_made = []


def path(name):
    p = PREFIX + name
    _made.append(p)
    return p


def show(e):
    """`Type: message` with the scratch prefix removed."""
    return "%s: %s" % (type(e).__name__, str(e).replace(PREFIX, ""))


def cleanup():
    try:
        from os import remove, rmdir
    except ImportError:
        return
    for p in reversed(_made):
        for f in (remove, rmdir):
            try:
                f(p)
                break
            except OSError:
                pass
