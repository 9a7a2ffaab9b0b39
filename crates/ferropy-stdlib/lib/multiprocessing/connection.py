"""Connections made by `Pipe()` (CPython's Lib/multiprocessing/connection.py): each end
sends pickles into one shared channel and receives from the other."""

__all__ = ['Pipe', 'Connection']

import pickle
import _multiprocessing

from multiprocessing import process


class Connection(object):
    '''One end of a pipe.'''

    def __init__(self, inbox, outbox, readable=True, writable=True):
        self._inbox = inbox
        self._outbox = outbox
        self._readable = readable
        self._writable = writable
        self._closed = False

    def __getstate__(self):
        process._assert_spawning(self)
        return (self._inbox and self._inbox.id(), self._outbox and self._outbox.id(),
                self._readable, self._writable)

    def __setstate__(self, state):
        inbox, outbox, self._readable, self._writable = state
        self._inbox = inbox and _multiprocessing.channel(inbox)
        self._outbox = outbox and _multiprocessing.channel(outbox)
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def close(self):
        self._closed = True

    def send(self, obj):
        """Send a (picklable) object"""
        self._check_closed()
        self._check_writable()
        self._outbox.put(b'o' + pickle.dumps(obj))

    def send_bytes(self, buf, offset=0, size=None):
        """Send the bytes data from a bytes-like object"""
        self._check_closed()
        self._check_writable()
        data = bytes(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if len(data) < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = len(data) - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > len(data):
            raise ValueError("buffer length < offset + size")
        self._outbox.put(b'b' + data[offset:offset + size])

    def _recv(self):
        self._check_closed()
        self._check_readable()
        return self._inbox.get()

    def recv(self):
        """Receive a (picklable) object"""
        return pickle.loads(self._recv()[1:])

    def recv_bytes(self, maxlength=None):
        """Receive bytes data as a bytes object."""
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._recv()[1:]
        if maxlength is not None and len(data) > maxlength:
            raise OSError("bad message length")
        return data

    def poll(self, timeout=0.0):
        """Whether there is any input available to be read"""
        self._check_closed()
        self._check_readable()
        if self._inbox.qsize():
            return True
        if timeout is None or timeout > 0:
            data = self._inbox.get(True, timeout)
            if data is None:
                return False
            # Put it back in front: re-queue through a private peek buffer.
            self._peeked = data
            self._inbox = _Peeked(self._inbox, data)
            return True
        return False

    def fileno(self):
        self._check_closed()
        return -1

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


class _Peeked:
    '''A channel with one message already taken off by `poll`.'''

    def __init__(self, channel, first):
        self._channel = channel
        self._first = first

    def id(self):
        return self._channel.id()

    def qsize(self):
        return self._channel.qsize() + (self._first is not None)

    def put(self, data):
        self._channel.put(data)

    def get(self, block=True, timeout=None):
        if self._first is not None:
            data, self._first = self._first, None
            return data
        return self._channel.get(block, timeout)


def Pipe(duplex=True):
    '''
    Returns pair of connection objects at either end of a pipe
    '''
    a = _multiprocessing.Channel()
    if duplex:
        b = _multiprocessing.Channel()
        return Connection(a, b), Connection(b, a)
    return Connection(a, None, True, False), Connection(None, a, False, True)
