"""Where a scene's coarse grids live: mappings of their own, or files.

glibc serves an array from its heaps once it has freed a larger one (its mmap threshold rises
to the largest block freed, up to 32 MB), and its heaps keep what is freed in them until they
are trimmed (:func:`release_freed_memory`). A scene's coarse grids there would sit among
the strips' freed memory, and the process's footprint would hold both. A grid that lives
through several passes gets a mapping of its own (:func:`grid_array`), returned to the system
when the array goes, or waits in a file while other grids need the memory (:class:`RowFile`).
The deep networks' feature maps are the other way round: blocks larger than the threshold, made
and freed again tile after tile, are best kept in the heaps while the tiles run (:func:`heap_allocations`).
"""

import ctypes
import ctypes.util
import mmap
import os
import threading
from contextlib import contextmanager

import numpy as np

MAPPED_BYTES = 1 << 20  # arrays of :func:`grid_array` at least this large have a mapping of their own
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # mallopt's parameters (glibc's malloc.h)
HEAP_BLOCKS = 1 << 30          # in heap_allocations: blocks up to this size from the heaps, kept there
WARM_MMAP_THRESHOLD = 32 << 20  # after it: glibc's dynamic thresholds at their highest (64-bit)

try:
    _GLIBC = ctypes.CDLL(ctypes.util.find_library("c"))
    _MALLOC_TRIM, _MALLOPT = _GLIBC.malloc_trim, _GLIBC.mallopt  # glibc only
except (AttributeError, OSError, TypeError):
    _MALLOC_TRIM = _MALLOPT = None
_heap_users = 0
_heap_lock = threading.Lock()


def release_freed_memory():
    """Hand the free memory of the process's heaps back to the system (glibc's malloc_trim;
    nothing elsewhere). glibc serves arrays of a few MB, such as strips, from its heaps once
    some have been freed, and keeps what is freed there: without this, the footprint of the
    later passes over a large scene would sit on top of the strips of the earlier ones."""
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


@contextmanager
def heap_allocations():
    """While the block runs, glibc serves blocks of up to HEAP_BLOCKS from its heaps and keeps
    them there when freed, for the next ones; after it, the freed memory goes back to the system.

    glibc maps a block larger than its mmap threshold (32 MB at most) afresh, and unmaps it when
    it is freed. A network's feature maps on a 768² tile are 56-113 MB each, so every layer of
    every tile touched fresh pages: DLSTFM's network took 900 thousand page faults a tile, as
    much system time as computation, and runs 2 times faster here (1.1 instead of 2.4-2.7 s a
    tile on 2 cores), at the price of the fragments that the heaps keep while it runs (DLSTFM's
    peak RSS 0.3-0.6 GB higher in the fusion speed bench; the U-Nets' went down). Afterwards the
    thresholds are those that glibc's own adjustment reaches after large blocks (its defaults
    cannot be restored: setting them stops it). Nested and concurrent blocks share the setting
    until the last ends. Nothing outside glibc.
    """
    global _heap_users
    with _heap_lock:
        _heap_users += 1
        if _MALLOPT is not None and _heap_users == 1:
            _MALLOPT(M_MMAP_THRESHOLD, HEAP_BLOCKS)
            _MALLOPT(M_TRIM_THRESHOLD, HEAP_BLOCKS)
    try:
        yield
    finally:
        with _heap_lock:
            _heap_users -= 1
            if _MALLOPT is not None and _heap_users == 0:
                _MALLOPT(M_MMAP_THRESHOLD, WARM_MMAP_THRESHOLD)
                _MALLOPT(M_TRIM_THRESHOLD, 2 * WARM_MMAP_THRESHOLD)
                release_freed_memory()


def grid_array(shape, dtype, fill=0):
    """A new array of ``shape`` filled with ``fill``, in a mapping of its own when large."""
    dtype = np.dtype(dtype)
    size = int(np.prod(shape)) * dtype.itemsize
    if size < MAPPED_BYTES:
        return np.full(shape, fill, dtype=dtype)
    array = np.frombuffer(mmap.mmap(-1, size), dtype=dtype).reshape(shape)  # zeros
    if fill:
        array.fill(fill)
    return array


class RowFile:
    """Float32 rows of a grid in a file, written and read by strips with plain file I/O: not
    memory-mapped, so they stay in the system's page cache, not in this process's memory.
    Positioned reads and writes (``os.pwrite``, ``os.preadv``) let threads share the file; where
    the system has none (Windows), a lock serialises a seek and a read or write."""

    def __init__(self, path, width=None):
        self._file = open(path, "w+b", buffering=0)
        self._width = width  # else that of the first rows written
        self._lock = threading.Lock()

    def __setitem__(self, rows, values):
        """Rows from ``rows.start``, by positioned writes until all are written (a write may take
        only part of them, as a read may give only part)."""
        values = np.ascontiguousarray(values, dtype=np.float32)
        self._width = values.shape[1]
        view, done, offset = memoryview(values).cast("B"), 0, rows.start * 4 * self._width
        while done < view.nbytes:
            written = self._write_at(view[done:], offset + done)
            if written == 0:
                raise OSError(f"{self._file.name}: no byte of the rows could be written")
            done += written

    def __getitem__(self, rows):
        """Rows of the file; positioned reads, so that several threads may read at once."""
        values = np.empty((rows.stop - rows.start, self._width), dtype=np.float32)
        return self.read_into(values, rows.start)

    def load(self, shape):
        """The whole grid of ``shape`` (all its rows written) in a :func:`grid_array`, read straight
        into it: no file-sized buffer beside it."""
        self._width = shape[1]
        return self.read_into(grid_array(shape, np.float32), 0)

    def read_into(self, array, row, col=0):
        """``array`` (float32, C-contiguous: whole rows, or part of one) filled with the file's values
        from row ``row``, column ``col`` on, by positioned reads until it is full; a file that ends
        before raises EOFError."""
        view, done, offset = memoryview(array).cast("B"), 0, (row * self._width + col) * 4
        while done < view.nbytes:
            read = self._read_at(view[done:], offset + done)
            if read == 0:
                raise EOFError(f"{self._file.name} holds {offset + done} of the grid's {offset + view.nbytes} bytes")
            done += read
        return array

    def _write_at(self, view, offset):
        if hasattr(os, "pwrite"):
            return os.pwrite(self._file.fileno(), view, offset)
        with self._lock:
            self._file.seek(offset)
            return self._file.write(view)

    def _read_at(self, view, offset):
        if hasattr(os, "preadv"):
            return os.preadv(self._file.fileno(), [view], offset)
        with self._lock:
            self._file.seek(offset)
            return self._file.readinto(view)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._file.close()


class PlaneFile:
    """Float32 planes of a fine grid (planes, rows, cols) in a file, plane after plane (a
    :class:`RowFile`: in the system's page cache, not in this process's memory), written by strips
    of rows and read by strips of rows or by windows of rows and columns."""

    def __init__(self, path, shape):
        self.shape = tuple(shape)
        self._file = RowFile(path, width=self.shape[2])

    def write(self, row, values):
        """The rows of every plane from ``row``: ``values`` (planes, rows, cols)."""
        height = self.shape[1]
        for plane, part in enumerate(values):
            self._file[slice(plane * height + row, plane * height + row + part.shape[0])] = part

    def read(self, row, height):
        """(planes, ``height``, cols) from ``row`` (fewer rows at the bottom of the grid)."""
        return self[:, row:row + height, :]

    def __getitem__(self, key):
        """The window ``[:, rows, cols]`` (or ``[..., rows, cols]``) of every plane (slices with steps
        of one), a new array."""
        every, rows, cols = key
        planes, height, width = self.shape
        if every not in (slice(None), Ellipsis):
            raise IndexError("a PlaneFile gives windows of every plane: [:, rows, cols]")
        rows, cols = range(height)[rows], range(width)[cols]
        out = np.empty((planes, len(rows), len(cols)), dtype=np.float32)
        for plane in range(planes if out.size else 0):
            first = plane * height + rows.start
            if len(cols) == width:  # whole rows: one read
                self._file.read_into(out[plane], first)
            else:
                for index in range(len(rows)):
                    self._file.read_into(out[plane, index], first + index, cols.start)
        return out

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._file.__exit__(*exc)
