"""Block sums, cubic upsampling and the threaded strips against plain reference formulas."""

import threading
import time

import numpy as np
import pytest

from lst_downscaler.core.errors import Canceled
from lst_downscaler.core.io import resample
from lst_downscaler.core.io.strips import map_strips


def dense_cubic(n_fine, factor, n_coarse, start=0):
    """The (n_fine x n_coarse) matrix of the 1-D Keys cubic interpolation, edges replicated."""
    matrix = np.zeros((n_fine, n_coarse))
    for row, fine in enumerate(range(start, start + n_fine)):
        u = (fine + 0.5) / factor - 0.5
        base = int(np.floor(u))
        for k in range(-1, 3):
            x = abs(u - base - k)
            weight = (1.5 * x ** 3 - 2.5 * x ** 2 + 1) if x <= 1 else (-0.5 * x ** 3 + 2.5 * x ** 2 - 4 * x + 2)
            matrix[row, min(max(base + k, 0), n_coarse - 1)] += weight
    return matrix


@pytest.mark.parametrize("factor", [1, 2, 3, 4, 10])
@pytest.mark.parametrize("row_off, rows", [(0, None), (5, 7)])
def test_cubic_upsampling_is_the_separable_keys_interpolation(factor, row_off, rows):
    coarse = 290 + 10 * np.random.default_rng(factor).standard_normal((9, 11))
    rows = rows or 9 * factor - row_off
    cols = 11 * factor - 1  # a partial last block column
    expected = dense_cubic(rows, factor, 9, row_off) @ coarse @ dense_cubic(cols, factor, 11).T
    got = resample.upsample_cubic(coarse, factor, row_off, rows, cols)
    assert got.dtype == np.float32 and got.shape == (rows, cols)
    assert np.abs(got - expected).max() < 1e-4  # float32 output of kelvin-sized values


@pytest.mark.parametrize("shape", [(1, 1), (1, 4), (2, 3), (3, 2), (5, 4), (9, 11)])
@pytest.mark.parametrize("factor", [2, 3])
def test_mass_preserving_coefficients_give_the_target_as_block_means(shape, factor):
    """Also on grids narrower than the operator's five taps, whose edges are all replicated."""
    target = (290 + 10 * np.random.default_rng(shape[0] * shape[1]).standard_normal(shape)).astype(np.float32)
    coefficients = resample.mass_preserving_coefficients(target, factor, (shape[0] * factor, shape[1] * factor))
    fine = dense_cubic(shape[0] * factor, factor, shape[0]) @ coefficients @ dense_cubic(
        shape[1] * factor, factor, shape[1]).T
    block_means = fine.reshape(shape[0], factor, shape[1], factor).mean(axis=(1, 3))
    assert np.abs(block_means - target).max() < 2e-3  # the solver's tolerance, 1e-3 K, plus float32
    if shape != (1, 1):  # not the target itself: the cubic needed correcting
        assert np.abs(coefficients - target).max() > 0.1


def test_block_sums_match_a_loop_over_blocks():
    strip = np.random.default_rng(0).standard_normal((10, 14)).astype(np.float32)
    strip[strip > 1.2] = np.nan
    total, squares, count = resample.block_sums(strip, 3)
    assert total.shape == (4, 5)
    for i in range(4):
        for j in range(5):
            block = strip[3 * i:3 * i + 3, 3 * j:3 * j + 3]
            finite = block[np.isfinite(block)]
            assert count[i, j] == finite.size
            assert total[i, j] == pytest.approx(finite.sum(dtype=np.float64), abs=1e-6)
            assert squares[i, j] == pytest.approx((finite.astype(np.float64) ** 2).sum(), abs=1e-6)
    assert np.array_equal(resample.block_areas(10, 14, 3),
                          resample.block_sums(np.ones((10, 14)), 3)[2])


def test_block_repeat_from_any_row():
    coarse = np.arange(12.0).reshape(3, 4)
    got = resample.block_repeat(coarse, 3, 4, 4, 10)
    expected = coarse[np.ix_(np.arange(4, 8) // 3, np.arange(10) // 3)]
    assert np.array_equal(got, expected)


@pytest.mark.parametrize("shape, pixels, multiple, heights", [
    ((10, 7), 21, 1, [3, 3, 3, 1]),
    ((10, 7), 21, 2, [2, 2, 2, 2, 2]),
    ((5, 100), 10, 2, [2, 2, 1]),  # narrower than a row: the multiple at least
    ((4, 3), 1000, 1, [4]),
])
def test_row_chunks_cover_the_rows_once_in_multiples(shape, pixels, multiple, heights):
    chunks = resample.row_chunks(shape, pixels, multiple)
    assert [chunk.stop - chunk.start for chunk in chunks] == heights
    assert chunks[0].start == 0 and all(a.stop == b.start for a, b in zip(chunks, chunks[1:]))


@pytest.mark.parametrize("row_off, rows", [(0, 12), (4, 4), (5, 7), (11, 1)])
def test_covered_fine_pixels_are_those_of_a_coarse_value(row_off, rows):
    coarse = np.arange(20.0).reshape(5, 4)
    coarse[[1, 3], [2, 0]] = np.nan
    got = resample.covered(coarse, 3, row_off, rows, 10)
    expected = np.isfinite(coarse)[np.ix_(np.arange(row_off, row_off + rows) // 3, np.arange(10) // 3)]
    assert got.dtype == bool and np.array_equal(got, expected)


class Reader:
    """A reader that records the thread that opened it and whether it was closed."""

    opened = []

    def __enter__(self):
        self.thread, self.closed = threading.current_thread().name, False
        Reader.opened.append(self)
        return self

    def __exit__(self, *exc):
        self.closed = True


def test_strips_come_back_in_order_on_several_threads():
    Reader.opened = []
    strips = [(row, 10) for row in range(0, 200, 10)]
    def work(reader, row, height):
        time.sleep(0.01)  # busy long enough that the pool puts a second thread to work
        return threading.current_thread().name, row * 2

    results = list(map_strips(Reader, strips, work, threads=2))
    assert [(row, height) for row, height, _ in results] == strips
    assert [value for _, _, (_, value) in results] == [row * 2 for row, _ in strips]
    assert len({thread for _, _, (thread, _) in results}) == 2
    assert len(Reader.opened) == 1 and Reader.opened[0].closed  # one reader, shared by the threads


def test_strips_pass_errors_and_cancel_on():
    def failing(reader, row, height):
        if row == 30:
            raise ValueError("bad strip")
        return row

    with pytest.raises(ValueError, match="bad strip"):
        list(map_strips(Reader, [(row, 10) for row in range(0, 100, 10)], failing, threads=2))
    seen = []
    with pytest.raises(Canceled):
        for row, _, _ in map_strips(Reader, [(row, 10) for row in range(0, 100, 10)], lambda r, row, h: row,
                                    threads=2, is_canceled=lambda: len(seen) >= 2):
            seen.append(row)
