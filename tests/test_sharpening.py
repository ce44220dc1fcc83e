"""TsHARP/DisTrad core on real MODIS LST + NDVI, checked against ASTER where it matters."""

import json

import numpy as np
import pytest
import rasterio
from affine import Affine

from lst_downscaler.core.evaluation.metrics import accuracy, read_on_reference
from lst_downscaler.core.io.raster import OUTPUT_NODATA, BandSource, strip_rows
from lst_downscaler.core.lst import plan_for, read_coarse_lst
from lst_downscaler.core.ndvi import NdviBand
from lst_downscaler.core.sharpening import fit, regression as sharpening
from lst_downscaler.core.sharpening.bicubic import bicubic
from lst_downscaler.core.sharpening.regression import Regression, Residual, SharpeningOptions, sharpen

from rasters import block_mean, read, warp_to, with_holes
from shared_data import modis_aster, require


@pytest.fixture
def pair():
    return [str(path) for path in modis_aster(0)]


def run(lst, ndvi, path, **options):
    return sharpen(BandSource(lst), NdviBand(BandSource(ndvi)), str(path), SharpeningOptions(**options))


def test_output_grid_is_the_fine_grid(pair, tmp_path):
    """MODIS LST on its 250 m NDVI grid: the output has the NDVI pixels, extended by the one
    row by which the nested MODIS grid starts above the NDVI grid, so no LST is resampled."""
    run(pair[0], pair[1], tmp_path / "out.tif")
    with rasterio.open(tmp_path / "out.tif") as out, rasterio.open(pair[1]) as ndvi, \
            rasterio.open(pair[0]) as modis:
        assert out.crs == ndvi.crs
        assert out.transform.almost_equals(ndvi.transform * Affine.translation(0, -1), precision=1e-6)
        assert (out.width, out.height) == (256, 257)
        assert abs(out.transform.f - modis.transform.f) < 1e-6
        assert out.nodata == OUTPUT_NODATA
        assert out.descriptions == ("LST (K)",) and out.units == ("K",)


def test_coarse_lst_is_used_as_is_when_grids_nest(pair):
    lst = BandSource(pair[0])
    coarse = read_coarse_lst(lst, plan_for(lst, BandSource(pair[1]).grid()))
    modis, _ = read(pair[0])
    np.testing.assert_array_equal(coarse[:64], modis)


@pytest.mark.parametrize("residual", [Residual.BLOCK, Residual.SMOOTH])
@pytest.mark.parametrize("regression", [Regression.FC_LINEAR, Regression.NDVI_QUADRATIC])
def test_energy_conservation(pair, tmp_path, residual, regression):
    """Re-aggregating the output gives back the MODIS LST pixels themselves."""
    run(pair[0], pair[1], tmp_path / "out.tif", residual=residual, regression=regression)
    output, _ = read(tmp_path / "out.tif")
    modis, _ = read(pair[0])
    difference = block_mean(output, 4) - modis
    assert np.count_nonzero(np.isfinite(difference)) > 3900
    assert np.nanmax(np.abs(difference)) < 0.05


def test_cubic_residual_nearly_conserves(pair, tmp_path):
    """The default cubic residual trades exact conservation for smoothness: within 0.2 K on average."""
    result = run(pair[0], pair[1], tmp_path / "out.tif")
    output, _ = read(tmp_path / "out.tif")
    modis, _ = read(pair[0])
    error = np.nanmean(np.abs(block_mean(output, 4) - modis))
    assert 0.01 < error < 0.2
    assert abs(result.conservation_mean_abs - error) < 0.02


def test_regression_alone_does_not_conserve(pair, tmp_path):
    run(pair[0], pair[1], tmp_path / "out.tif", residual=Residual.NONE)
    output, _ = read(tmp_path / "out.tif")
    modis, _ = read(pair[0])
    assert np.nanmean(np.abs(block_mean(output, 4) - modis)) > 0.3


def test_nodata_is_preserved(pair, tmp_path):
    lst, ndvi, expected = with_holes(pair, tmp_path)
    run(lst, ndvi, tmp_path / "out.tif")
    output, profile = read(tmp_path / "out.tif")
    assert np.array_equal(np.isnan(output), expected)
    assert np.nanmin(output) > 250
    with rasterio.open(tmp_path / "out.tif") as dataset:
        raw = dataset.read(1)
    assert np.all(raw[expected] == OUTPUT_NODATA)


def test_celsius_output(pair, tmp_path):
    run(pair[0], pair[1], tmp_path / "k.tif")
    run(pair[0], pair[1], tmp_path / "c.tif", celsius=True)
    kelvin, _ = read(tmp_path / "k.tif")
    celsius, _ = read(tmp_path / "c.tif")
    np.testing.assert_allclose(celsius, kelvin - 273.15, atol=1e-4)
    with rasterio.open(tmp_path / "c.tif") as dataset:
        assert dataset.units == ("°C",) and dataset.descriptions == ("LST (°C)",)


def test_strips_give_the_same_output(pair, tmp_path, monkeypatch):
    """Windowed processing: 8-row strips give the same raster as one strip."""
    run(pair[0], pair[1], tmp_path / "whole.tif")
    monkeypatch.setattr(sharpening, "strip_rows",
                        lambda grid, factor, target_pixels=None: strip_rows(grid, factor, target_pixels=8 * grid.width))
    run(pair[0], pair[1], tmp_path / "strips.tif")
    np.testing.assert_allclose(read(tmp_path / "strips.tif")[0], read(tmp_path / "whole.tif")[0], atol=1e-4)


def test_modis_sinusoidal_onto_utm_grid(pair, tmp_path):
    """LST in MODIS sinusoidal, NDVI in UTM 31N: the coarse grid is built in UTM, 4 x 250 m."""
    ndvi_utm = warp_to(pair[1], tmp_path / "ndvi_utm.tif", "EPSG:32631", 250)
    lst = BandSource(pair[0])
    plan = plan_for(lst, BandSource(ndvi_utm).grid())
    assert plan.factor == 4 and plan.fine.crs.to_epsg() == 32631
    assert plan.coarse.transform == plan.fine.transform * Affine.scale(4)
    coarse = read_coarse_lst(lst, plan)
    # Each coarse value is the MODIS LST around the same place: sample MODIS at coarse centres.
    rows, cols = np.nonzero(np.isfinite(coarse))
    xs, ys = rasterio.transform.xy(plan.coarse.transform, rows, cols)
    with rasterio.open(pair[0]) as modis:
        sampled = np.array([v[0] for v in modis.sample(zip(*rasterio.warp.transform(
            "EPSG:32631", modis.crs, xs, ys)))], dtype=float)
    inside = sampled > 0
    assert inside.sum() > 2000
    assert np.median(np.abs(coarse[rows, cols][inside] - sampled[inside])) < 0.5
    run(pair[0], ndvi_utm, tmp_path / "out.tif")
    with rasterio.open(tmp_path / "out.tif") as out, rasterio.open(ndvi_utm) as ndvi:
        assert out.crs.to_epsg() == 32631 and out.transform == ndvi.transform


def test_defaults_beat_bicubic_against_aster(tmp_path):
    """On all 56 MODIS/ASTER pairs the default TsHARP and DisTrad beat bicubic, classic TsHARP and
    the mass-preserving residual do not (MODIS pixels are PSF-blurred, not block means)."""
    folder = require("modis_aster")
    pairs = [entry["id"] for entry in json.loads((folder / "index.json").read_text())]
    rmse = {"bicubic": [], "tsharp": [], "distrad": [], "classic": [], "smooth": []}
    out = str(tmp_path / "out.tif")
    for pair_id in pairs:
        lst, ndvi, aster = (str(p) for p in modis_aster(pair_id))
        methods = {
            "bicubic": lambda: bicubic(BandSource(lst), BandSource(ndvi).grid(), out),
            "tsharp": lambda: run(lst, ndvi, out),
            "distrad": lambda: run(lst, ndvi, out, regression=Regression.NDVI_QUADRATIC, homogeneous_percent=25),
            "classic": lambda: run(lst, ndvi, out, residual=Residual.BLOCK, detail_gain=1.0, water_ndvi=None),
            "smooth": lambda: run(lst, ndvi, out, residual=Residual.SMOOTH),
        }
        for name, method in methods.items():
            method()
            rmse[name].append(accuracy(*read_on_reference(out, aster))["rmse"])
    mean = {name: np.mean(values) for name, values in rmse.items()}
    assert 1.9 < mean["bicubic"] < 2.2
    assert mean["tsharp"] < 0.99 * mean["bicubic"]
    assert mean["distrad"] < 0.99 * mean["bicubic"]
    assert mean["classic"] > mean["bicubic"]
    assert mean["smooth"] > mean["bicubic"]


def test_target_resolution_resamples_the_ndvi(pair, tmp_path):
    """A 500 m output from 250 m NDVI: factor 2, NDVI block-averaged on the fly."""
    res = 2 * BandSource(pair[1]).grid().res[0]
    result = sharpen(BandSource(pair[0]), NdviBand(BandSource(pair[1])), str(tmp_path / "out.tif"),
                     SharpeningOptions(residual=Residual.SMOOTH), target_res=res)
    assert result.factor == 2
    with rasterio.open(tmp_path / "out.tif") as out:
        assert (out.width, out.height) == (128, 128)
        assert abs(out.res[0] - res) < 1e-6
    assert result.conservation_max_abs < 0.05


def test_outlier_thresholds_from_an_even_sample_of_the_kept_residuals(monkeypatch):
    """Beyond ``SPREAD_SAMPLES`` kept pixels the robust spread comes from every k-th of them in
    row order: the same fit, the cold outliers (cloud) still rejected."""
    rng = np.random.default_rng(0)
    cover = rng.random((300, 300), dtype=np.float32)
    lst = (300 - 10 * cover + rng.normal(0, 0.5, cover.shape)).astype(np.float32)
    cloud = rng.random(cover.shape) < 0.05
    lst[cloud] -= 20
    selected = rng.random(cover.shape) < 0.9
    whole = fit.fit(lst, [cover.copy()], selected, SharpeningOptions())
    monkeypatch.setattr(fit, "SPREAD_SAMPLES", 5000)
    monkeypatch.setattr(fit, "CHUNK_PIXELS", 3000)  # strips of 10 rows: the sample runs across them
    beta = whole.coefficients
    residuals = (lst - (beta[0] + beta[1] * cover))[selected].astype(np.float32)
    step = -(-residuals.size // 5000)
    np.testing.assert_allclose(fit._kept_residuals(lst, [cover], beta, selected), residuals[::step], atol=1e-4)
    sampled = fit.fit(lst, [cover.copy()], selected, SharpeningOptions())
    np.testing.assert_allclose(sampled.coefficients, whole.coefficients, atol=0.01)
    np.testing.assert_allclose(whole.coefficients, [300, -10], atol=0.1)
    assert abs(sampled.fitted - np.count_nonzero(selected & ~cloud)) < 0.01 * selected.sum()


@pytest.mark.parametrize("percent", [25.0, 50.0, 100.0])
def test_homogeneous_pixels_are_the_lowest_cv_share_of_each_class(monkeypatch, percent):
    """The selection, gathered by chunks of rows, is that of whole-grid masks: per NDVI class, the
    pixels with an LST and a complete NDVI whose CV is at most the class's percentile."""
    rng = np.random.default_rng(2)
    shape = (120, 90)
    lst = np.where(rng.random(shape) < 0.1, np.nan, 300).astype(np.float32)
    complete = rng.random(shape) < 0.9
    ndvi_class = rng.integers(0, 3, shape).astype(np.int8)
    ndvi_class[:, :30] = 0  # classes of different sizes
    cv = rng.random(shape, dtype=np.float32)
    monkeypatch.setattr(fit, "CHUNK_PIXELS", 1000)  # a few rows each: the classes run across chunks
    aggregates = {"complete": complete.copy(), "ndvi_class": ndvi_class, "cv": cv}
    selected = fit.fitting_pixels(lst, aggregates, SharpeningOptions(homogeneous_percent=percent))
    expected = np.isfinite(lst) & complete
    for value in range(3):
        members = expected & (ndvi_class == value)
        expected &= ~members | (cv <= np.percentile(cv[members], percent))
    np.testing.assert_array_equal(selected, expected)
    assert abs(selected.sum() - percent / 100 * (np.isfinite(lst) & complete).sum()) <= 3
    assert not aggregates  # the selection's grids are handed over
