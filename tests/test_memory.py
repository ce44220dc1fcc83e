import mmap
import resource

import numpy as np
import pytest

from lst_downscaler.core.io import memory
from lst_downscaler.core.io.memory import MAPPED_BYTES, PlaneFile, RowFile, grid_array


@pytest.mark.parametrize("shape, dtype, fill", [((600, 500), np.float32, np.nan), ((600, 500), bool, 0),
                                                ((3, 4), np.int8, 2), ((2, 400, 400), np.float32, 0)])
def test_grid_arrays_are_filled_and_large_ones_have_a_mapping_of_their_own(shape, dtype, fill):
    grid = grid_array(shape, dtype, fill)
    assert grid.shape == shape and grid.dtype == dtype and grid.flags.writeable
    np.testing.assert_array_equal(grid, np.full(shape, fill, dtype=dtype))
    assert isinstance(_memory_of(grid), mmap.mmap) == (grid.nbytes >= MAPPED_BYTES)
    grid[-1, -1] = 1  # the mapping is private to the array
    np.testing.assert_array_equal(grid_array(shape, dtype, fill)[-1, -1], np.full(1, fill, dtype=dtype)[0])


@pytest.mark.parametrize("shape", [(37, 53), (700, 450)])  # the second above MAPPED_BYTES
def test_a_grid_written_by_strips_in_any_order_comes_back_whole(tmp_path, shape):
    values = np.random.default_rng(1).normal(300, 10, shape)  # float64: stored as float32
    values[5, :7] = np.nan
    strips = [slice(row, min(row + 11, shape[0])) for row in range(0, shape[0], 11)]
    with RowFile(tmp_path / "grid.f32") as spilled:
        for rows in reversed(strips):
            spilled[rows] = values[rows]
        np.testing.assert_array_equal(spilled[strips[1]], values[strips[1]].astype(np.float32))
        loaded = spilled.load(shape)
    np.testing.assert_array_equal(loaded, values.astype(np.float32))
    assert loaded.dtype == np.float32 and loaded.flags.writeable


def test_planes_written_by_strips_come_back_by_rows_and_by_windows(tmp_path):
    """A PlaneFile (the network inputs of progressive self-training) gives the windows of the array
    written into it: whole rows, crops at the edges and inside, and refuses a window of some planes."""
    values = np.random.default_rng(2).normal(0, 1, (3, 41, 29)).astype(np.float32)
    values[1, 7, :5] = np.nan
    with PlaneFile(tmp_path / "planes.f32", values.shape) as planes:
        for row in range(0, 41, 9):
            planes.write(row, values[:, row:row + 9])
        np.testing.assert_array_equal(planes.read(36, 9), values[:, 36:])  # fewer rows at the bottom
        for rows, cols in [(slice(0, 41), slice(0, 29)), (slice(5, 12), slice(0, 4)), (slice(30, 41), slice(17, 29)),
                           (slice(7, 8), slice(2, 3)), (slice(3, 3), slice(0, 29))]:
            np.testing.assert_array_equal(planes[:, rows, cols], values[:, rows, cols])
        with pytest.raises(IndexError):
            planes[0, 1:3, 1:3]


def test_writes_and_reads_that_move_part_of_the_rows_are_carried_on(tmp_path, monkeypatch):
    """The system may write or read fewer bytes than asked (a large strip, a signal): the rest
    follows in further calls, and the grid comes back whole."""
    values = np.random.default_rng(2).normal(300, 10, (40, 30)).astype(np.float32)
    pwrite, preadv = memory.os.pwrite, memory.os.preadv
    monkeypatch.setattr(memory.os, "pwrite",
                        lambda fd, data, offset: pwrite(fd, memoryview(data).cast("B")[:1000], offset))
    monkeypatch.setattr(memory.os, "preadv", lambda fd, buffers, offset: preadv(fd, [buffers[0][:700]], offset))
    with RowFile(tmp_path / "grid.f32") as spilled:
        spilled[slice(0, 40)] = values
        np.testing.assert_array_equal(spilled.load((40, 30)), values)
        np.testing.assert_array_equal(spilled[slice(10, 20)], values[10:20])



def test_rows_without_positioned_file_calls_come_back_whole(tmp_path, monkeypatch):
    """Windows has no os.pwrite / os.preadv: seeks and plain reads and writes under a lock, from
    threads writing and reading strips at once, give the grid back whole."""
    from concurrent.futures import ThreadPoolExecutor
    monkeypatch.delattr(memory.os, "pwrite")
    monkeypatch.delattr(memory.os, "preadv")
    values = np.random.default_rng(3).normal(300, 10, (120, 70)).astype(np.float32)
    strips = [slice(row, row + 10) for row in range(0, 120, 10)]
    with RowFile(tmp_path / "grid.f32") as spilled:
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda rows: spilled.__setitem__(rows, values[rows]), strips))
            back = list(pool.map(lambda rows: spilled[rows], strips))
        np.testing.assert_array_equal(np.vstack(back), values)
        np.testing.assert_array_equal(spilled.load((120, 70)), values)

def test_a_grid_missing_rows_in_its_file_is_refused(tmp_path):
    with RowFile(tmp_path / "grid.f32") as spilled:
        spilled[slice(0, 3)] = np.ones((3, 8))
        with pytest.raises(EOFError, match="96 of the grid's 128 bytes"):
            spilled.load((4, 8))
        with pytest.raises(EOFError, match="96 of the grid's 160 bytes"):
            spilled[slice(2, 5)]


def _memory_of(array):
    """The object that holds an array's memory (the array itself when it owns it)."""
    while isinstance(array, np.ndarray) and array.base is not None:
        array = array.base
    return array.obj if isinstance(array, memoryview) else array


@pytest.mark.skipif(memory._MALLOPT is None, reason="glibc's mallopt only")
def test_large_blocks_come_back_from_the_heaps_only_inside_heap_allocations():
    """A 64 MB array made again inside the block (as a network's feature maps, tile after tile)
    takes the pages that the last one left in the heap; a nested block keeps the setting until
    the outer one ends; afterwards each such array maps fresh pages again, a page fault each."""
    def faults():
        before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        np.ones(64 << 20, np.uint8)  # every page written, then freed
        return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before

    with memory.heap_allocations():
        faults()
        with memory.heap_allocations():
            faults()
        inside = faults()
    after = faults()
    assert after >= 16 and inside * 10 < after, (inside, after)
