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



@pytest.mark.parametrize("offset, step", [((0, 0), (10, 10)), ((-0.37, -1.6), (2.7, 4.2)), ((-3.25, -2.5), (1.0, 3.0))])
def test_area_sums_are_gdal_sum_resampling(offset, step):
    """Coarse grids at fractional offsets and of non-integer sizes around the fine grid (as the
    footprints of a coarse layer around an output grid): the sums are those of GDAL's ``sum``
    resampling, and the sums of strips add up to them; grids in two CRSs, or coarse pixels finer
    than the fine ones, are left to GDAL (None)."""
    from affine import Affine
    from rasterio.crs import CRS
    from rasterio.enums import Resampling
    from rasterio.warp import reproject

    from lst_downscaler.core.io.grid import Grid
    crs = CRS.from_epsg(32631)
    fine = 290 + 10 * np.random.default_rng(1).random((37, 53))
    fine_grid = Grid(crs, Affine(30, 0, 500000, 0, -30, 5000000), 53, 37)
    (col, row), (width, height) = offset, step
    coarse_grid = Grid(crs, Affine(30 * width, 0, 500000 + 30 * col, 0, -30 * height, 5000000 - 30 * row),
                       int(np.ceil((53 - col) / width)), int(np.ceil((37 - row) / height)))
    expected = np.zeros(coarse_grid.shape)
    reproject(fine, expected, src_transform=fine_grid.transform, src_crs=crs, dst_transform=coarse_grid.transform,
              dst_crs=crs, resampling=Resampling.sum)
    got = resample.area_sums(fine, fine_grid, coarse_grid)
    assert got.shape == coarse_grid.shape and np.abs(got - expected).max() < 1e-9 * expected.max()
    assert resample.area_sums(np.ones(fine.shape), fine_grid, coarse_grid).sum() == pytest.approx(fine.size)
    halves = [resample.area_sums(fine[rows], Grid(crs, fine_grid.transform * Affine.translation(0, rows.start), 53,
                                                  rows.stop - rows.start), coarse_grid)
              for rows in (slice(0, 20), slice(20, 37))]
    assert np.abs(halves[0] + halves[1] - got).max() < 1e-9 * expected.max()
    inner = Grid(crs, Affine(30 * width, 0, 500000 + 30 * (col + 7.4), 0, -30 * height, 5000000 - 30 * (row + 5.3)),
                 2, 2)  # inside the fine grid: the fine pixels around it count for nothing
    expected = np.zeros(inner.shape)
    reproject(fine, expected, src_transform=fine_grid.transform, src_crs=crs, dst_transform=inner.transform,
              dst_crs=crs, resampling=Resampling.sum)
    assert np.abs(resample.area_sums(fine, fine_grid, inner) - expected).max() < 1e-9 * expected.max()
    assert resample.area_sums(fine, fine_grid, Grid(CRS.from_epsg(4326), coarse_grid.transform, 5, 5)) is None
    assert resample.area_sums(fine, fine_grid, Grid(crs, Affine(20, 0, 500000, 0, -20, 5000000), 9, 9)) is None

@pytest.mark.parametrize("shape", [(1, 1), (1, 4), (2, 3), (3, 2), (5, 4), (9, 11)])
@pytest.mark.parametrize("factor, short", [(2, 0), (3, 0), (3, 2), (16, 15)])
def test_mass_preserving_coefficients_give_the_target_as_block_means(shape, factor, short):
    """Also on grids narrower than the operator's five taps, whose edges are all replicated, and
    with a last block row and column ``short`` fine pixels short (16, 15: a last block of one pixel,
    whose row of the operator is not diagonally dominant)."""
    target = (290 + 10 * np.random.default_rng(shape[0] * shape[1]).standard_normal(shape)).astype(np.float32)
    fine_shape = tuple(max(1, n * factor - short) for n in shape)
    coefficients = resample.mass_preserving_coefficients(target, factor, fine_shape)
    assert coefficients.dtype == np.float32
    fine = dense_cubic(fine_shape[0], factor, shape[0]) @ coefficients @ dense_cubic(fine_shape[1], factor, shape[1]).T
    block_means = np.array([[fine[i * factor:(i + 1) * factor, j * factor:(j + 1) * factor].mean()
                             for j in range(shape[1])] for i in range(shape[0])])
    assert np.abs(block_means - target).max() < 1e-4  # a direct solve: the float32 rounding of the result
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
