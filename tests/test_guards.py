"""The core guards on arrays and paths, and the atomic output writer, without QGIS."""

from contextlib import nullcontext

import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.crs import CRS

from lst_downscaler.core import guards
from lst_downscaler.core.errors import DownscalingError
from lst_downscaler.core.guards import (InputWarning, check_outputs, check_overlap, valid_kelvin,
                                        valid_vegetation)
from lst_downscaler.core.io.grid import Grid
from lst_downscaler.core.io.raster import BandSource, GeoTiffWriter, GridReader, WriteBehind, read_on_grid
from lst_downscaler.core.io.strips import map_strips

from rasters import read
from shared_data import modis_aster


def scene(value=290.0):
    return np.full((20, 20), value, dtype=np.float32) + np.arange(400, dtype=np.float32).reshape(20, 20) / 100


def test_one_impossible_pixel_is_dropped_with_a_count():
    lst = scene()
    lst[3, 4] = 1e30
    with pytest.warns(InputWarning, match="1 pixels of the LST layer x were outside"):
        cleaned, dropped = valid_kelvin(lst, "x")
    assert dropped == 1 and np.isnan(cleaned[3, 4]) and np.isfinite(cleaned).sum() == 399


def test_untagged_fill_is_nodata_whatever_its_share():
    lst = scene()
    lst[:8] = 0
    with pytest.warns(InputWarning, match="160 pixels of the LST layer x hold 0, a fill value"):
        cleaned, dropped = valid_kelvin(lst, "x")
    assert dropped == 160 and np.nanmin(cleaned) > 290


@pytest.mark.parametrize("value, hint", [
    (20.0, "degrees Celsius: set the LST offset to 273.15"),
    (2900.0, r"kelvin x 10 \(ASTER AST_08\): scale 0.1"),
    (14500.0, r"kelvin x 50 \(MODIS MOD11/MYD11\): scale 0.02"),
    (29000.0, "kelvin x 100: scale 0.01"),
    (45000.0, "ST_B10/ST_B6 digital numbers: scale 0.00341802, offset 149"),
])
def test_another_unit_is_refused_with_the_scale_to_set(value, hint):
    with pytest.raises(DownscalingError, match=hint):
        valid_kelvin(scene(value), "x")


def test_the_unit_check_of_a_large_layer_reads_a_sample_of_its_rows(monkeypatch):
    """Above MEDIAN_SAMPLES valid pixels the median comes from every k-th row (here rows 0, 4...
    16: 21.69, where all the pixels' is 21.99); sampled rows all nodata: from every k-th valid pixel
    (22.09, where all the pixels' is 22.095)."""
    monkeypatch.setattr(guards, "MEDIAN_SAMPLES", 100)
    with pytest.raises(DownscalingError, match=r"median of 21\.69,"):
        valid_kelvin(scene(20.0), "x")
    lst = scene(20.0)
    lst[::3] = np.nan  # 260 valid pixels: every 3rd row, and those are the empty ones
    with pytest.raises(DownscalingError, match=r"median of 22\.09,"):
        valid_kelvin(lst, "x")


def checked(lst, monkeypatch, chunk):
    """(cleaned copy, dropped count, warning texts) of valid_kelvin checking ``chunk`` pixels at once."""
    monkeypatch.setattr(guards, "CHECK_PIXELS", chunk)
    with pytest.warns(InputWarning) as caught:
        cleaned, dropped = valid_kelvin(lst, "aster")
    return cleaned, dropped, [str(warning.message) for warning in caught]


@pytest.mark.parametrize("chunk", [5000, 333, 1])  # pixels: rows of 20, 1 and 1
def test_the_check_by_strips_is_the_check_of_the_whole_layer(monkeypatch, chunk):
    """A real ASTER LST (swath edges: NaN) with untagged fill at its minimum and 3 impossible pixels:
    checked by chunks of rows (extremes, counts, median rows merged across them), the same pixels
    are dropped with the same warnings as at once; with too many impossible pixels, the same
    refusal, naming the range of the values beside the fill."""
    lst = read(modis_aster(0)[2])[0]
    lst[:5] = 0.0
    lst[100, 40:43] = [600.0, 700.0, 100.0]
    whole = checked(lst, monkeypatch, 1 << 30)
    assert whole[1] == 5 * lst.shape[1] + 3 and len(whole[2]) == 2
    cleaned, dropped, texts = checked(lst, monkeypatch, chunk)
    np.testing.assert_array_equal(cleaned, whole[0])
    assert (dropped, texts) == whole[1:]
    lst[101:110] = np.linspace(501, 900, 9 * lst.shape[1]).reshape(9, -1)  # distinct: not fill
    messages = []
    for pixels in (1 << 30, chunk):
        monkeypatch.setattr(guards, "CHECK_PIXELS", pixels)
        with pytest.warns(InputWarning), pytest.raises(DownscalingError, match=r"from 100 to 900\)") as refused:
            valid_kelvin(lst, "aster")
        messages.append(str(refused.value))
    assert messages[0] == messages[1]


def test_cleaning_in_place_changes_the_given_array_only_when_asked():
    lst = scene()
    lst[3, 4] = 1e30
    with pytest.warns(InputWarning):
        cleaned, _ = valid_kelvin(lst, "x")
    assert lst[3, 4] == np.float32(1e30) and np.isnan(cleaned[3, 4])
    with pytest.warns(InputWarning):
        cleaned, _ = valid_kelvin(lst, "x", in_place=True)
    assert cleaned is lst and np.isnan(lst[3, 4])


def test_many_impossible_pixels_are_refused():
    lst = scene()
    lst[:2] = 600 + np.arange(40).reshape(2, 20)
    with pytest.raises(DownscalingError, match=r"40 pixels of the LST layer x \(10.0 %\) are outside"):
        valid_kelvin(lst, "x")


def test_overlap_needs_two_by_two_coarse_pixels():
    lst = np.full((5, 5), np.nan)
    lst[2, 1:4] = 290
    with pytest.raises(DownscalingError, match="only 1 x 3 of its pixels"):
        check_overlap(lst, "x")
    lst[3, 2] = 291
    check_overlap(lst, "x")


def test_vegetation_ranges():
    with pytest.warns(InputWarning, match="The NDVI layer n holds -9999, a fill value without a nodata tag"):
        assert np.isnan(valid_vegetation(np.array([0.3, -9999.0]), "n")[1])
    with pytest.raises(DownscalingError, match=r"x 10000 .*gdal_edit.py -scale"):
        valid_vegetation(np.array([3000.0, 8000.0]), "n")
    with pytest.raises(DownscalingError, match=r"outside \[-1, 1\]"):
        valid_vegetation(np.array([0.3, 1.4]), "n")
    assert valid_vegetation(np.array([0.05, 1.4]), "r", "reflectance")[1] == 1.4
    with pytest.raises(DownscalingError, match="2.75e-05 with offset -0.2 for Landsat"):
        valid_vegetation(np.array([8000.0, 30000.0]), "r", "reflectance")


def test_outputs(tmp_path):
    source = tmp_path / "lst.tif"
    source.write_bytes(b"x")
    check_outputs({"OUTPUT": str(tmp_path / "new" / "out.tif")}, [str(source)], rasters={"OUTPUT"})
    with pytest.raises(DownscalingError, match="is the input"):
        check_outputs({"OUTPUT": str(tmp_path / "." / "lst.tif")}, [str(source)])
    with pytest.raises(DownscalingError, match="inside the scene folder"):
        check_outputs({"OUTPUT": str(tmp_path / "x.tif")}, [], [str(tmp_path)])
    with pytest.raises(DownscalingError, match="ends in '.png'"):
        check_outputs({"OUTPUT": str(tmp_path / "x.png")}, [], rasters={"OUTPUT"})
    with pytest.raises(DownscalingError, match="is a folder"):
        check_outputs({"OUTPUT": str(tmp_path)}, [])


def test_writes_behind_the_caller_give_the_same_file_and_a_failed_one_leaves_nothing(tmp_path):
    grid = Grid(CRS.from_epsg(32630), Affine(30, 0, 500000, 0, -30, 6000000), 300, 700)
    values = np.random.default_rng(0).normal(300, 5, (700, 300)).astype(np.float32)
    values[::7, ::5] = np.nan
    for name, behind in (("direct.tif", False), ("behind.tif", True)):
        with GeoTiffWriter(tmp_path / name, grid, "LST", "K") as writer, \
                (WriteBehind(writer) if behind else nullcontext(writer)) as target:
            for row in range(0, 700, 256):
                target.write(values[row:row + 256], row)
    assert np.array_equal(read(tmp_path / "direct.tif")[0], read(tmp_path / "behind.tif")[0], equal_nan=True)
    assert np.array_equal(read(tmp_path / "behind.tif")[0], values, equal_nan=True)

    with pytest.raises(rasterio.errors.RasterioIOError):  # the second strip's rows lie outside the grid
        with GeoTiffWriter(tmp_path / "failed.tif", grid, "LST", "K") as writer, WriteBehind(writer) as behind:
            behind.write(values[:256], 0)
            behind.write(values[:256], 600)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["behind.tif", "direct.tif"]


def test_one_reader_shared_by_threads_reads_every_strip_and_bounds_the_block_cache_meanwhile(tmp_path):
    grid = Grid(CRS.from_epsg(32630), Affine(30, 0, 500000, 0, -30, 6000000), 300, 700)
    values = np.random.default_rng(1).normal(300, 5, (700, 300)).astype(np.float32)
    with GeoTiffWriter(tmp_path / "lst.tif", grid, "LST", "K") as writer:
        writer.write(values, 0)
    before = rasterio.env.get_gdal_config("GDAL_CACHEMAX")
    caches = []

    def work(reader, row, height):
        caches.append(rasterio.env.get_gdal_config("GDAL_CACHEMAX"))
        return reader.read(row, height)

    strips = [(row, min(37, 700 - row)) for row in range(0, 700, 37)]
    got = np.concatenate([strip for _, _, strip in map_strips(
        lambda: GridReader(BandSource(str(tmp_path / "lst.tif")), grid), strips, work, threads=2)])
    assert np.array_equal(got, values)
    # three rows of 256 x 256 float32 tiles across the file: a few MB, not 5 % of the RAM
    assert set(caches) == {3 * 256 * 300 * 4}
    assert rasterio.env.get_gdal_config("GDAL_CACHEMAX") == before


@pytest.mark.parametrize("dtype", ["int16", "float32"])
def test_a_grid_reaching_out_of_a_file_without_nodata_reads_nan_there(dtype, tmp_path):
    """A window inside the file is read plainly, one reaching out of it boundless; without a nodata
    value the pixels outside the file are NaN, by both readers."""
    values = np.arange(600).reshape(20, 30).astype(dtype) + 250
    transform = Affine(30, 0, 500000, 0, -30, 6000000)
    with rasterio.open(tmp_path / "lst.tif", "w", driver="GTiff", width=30, height=20, count=1, dtype=dtype,
                       crs=CRS.from_epsg(32630), transform=transform) as dataset:
        dataset.write(values, 1)
    source = BandSource(str(tmp_path / "lst.tif"))
    wider = Grid(CRS.from_epsg(32630), transform * Affine.translation(-1, -1), 32, 22)
    expected = np.full((22, 32), np.nan, dtype=np.float32)
    expected[1:-1, 1:-1] = values
    inner = Grid(CRS.from_epsg(32630), transform * Affine.translation(2, 3), 25, 15)
    for grid, want in ((wider, expected), (inner, values[3:18, 2:27].astype(np.float32))):
        assert np.array_equal(read_on_grid(source, grid), want, equal_nan=True)
        with GridReader(source, grid) as reader:
            assert np.array_equal(reader.read(0, grid.height), want, equal_nan=True)
