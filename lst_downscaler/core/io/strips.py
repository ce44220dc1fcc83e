"""Strips of a fine grid worked on by a few threads at once, their results in order.

numpy's array operations and GDAL's reads release the GIL, so two strips on two cores run
side by side. The threads of a pass share one reader (see :class:`.raster.GridReader`):
the file is opened once, and each of its blocks is read once, where a reader per strip
would read twice the blocks that straddle two strips. At most ``threads + 1`` strips are
in flight, so memory stays bounded by a few strips whatever the size of the scene. After a
pass, the memory that its strips freed is handed back to the system (see
:func:`.memory.release_freed_memory`).
"""

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor

from .memory import release_freed_memory
from .raster import reported

MAX_THREADS = 4


def default_threads():
    """The cores of this machine, at most :data:`MAX_THREADS`."""
    return max(1, min(MAX_THREADS, os.cpu_count() or 1))


def map_strips(open_reader, strips, work, threads=None, progress=None, is_canceled=None, start=0.0, end=100.0):
    """``(row, height, work(reader, row, height))`` for each ``(row, height)`` of ``strips``, in order.

    ``open_reader()`` returns a context manager (a reader of the fine layers whose reads
    threads may share), entered once for the pass. Cancel is checked and progress reported
    (``start`` to ``end`` percent) as strips are handed out; an exception in ``work``
    reaches the caller.
    """
    with open_reader() as reader:
        yield from map_in_order(strips, lambda row, height: (row, height, work(reader, row, height)),
                                threads, progress, is_canceled, start, end)


def map_in_order(items, work, threads=None, progress=None, is_canceled=None, start=0.0, end=100.0):
    """``work(*item)`` for each tuple of ``items``, computed by a few threads, yielded in order.
    At most ``threads + 1`` items are in flight, so memory stays bounded whatever their number;
    Cancel, progress and exceptions as in :func:`map_strips`."""
    threads = threads or default_threads()
    pending = deque()
    pool = ThreadPoolExecutor(threads)
    try:
        for item in reported(items, progress, is_canceled, start, end):
            pending.append(pool.submit(work, *item))
            if len(pending) > threads:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True)
        release_freed_memory()
