"""Closed-loop evaluation and comparison with a reference, on real MODIS/ASTER data.

The closed loop runs on a pair's MODIS LST at 1 km: aggregated to 4 km and downscaled
back to 1 km with the pair's 250 m NDVI block-averaged onto the MODIS grid. The MODIS
LST is the only real LST on a grid nested with its NDVI; at 250 m there is no LST to
aggregate but ASTER, whose swath edges and other CRS would test the warping rather than
the loop. 64 x 64 pixels keep it fast.
"""

import json

import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.enums import Resampling
from rasterio.warp import reproject

from lst_downscaler.core.evaluation import comparison
from lst_downscaler.core.evaluation.metrics import accuracy, read_on_reference
from lst_downscaler.core.io.raster import OUTPUT_NODATA, BandSource
from lst_downscaler.core.ndvi import NdviBand
from lst_downscaler.core.sharpening.bicubic import bicubic
from lst_downscaler.core.sharpening.regression import Residual, SharpeningOptions, sharpen

from rasters import block_mean, crop_rows, derive, read
from shared_data import LIVERPOOL, modis_aster, require

METRICS = ("RMSE", "MAE", "BIAS", "UBRMSE", "R2", "SSIM", "ERGAS")


def run(algorithm, parameters):
    import processing
    return processing.run(f"lst_downscaler:{algorithm}", parameters)


def average_onto(source, grid_file, destination):
    """``source`` block-averaged onto the grid of ``grid_file`` (area-weighted where blocks straddle)."""
    with rasterio.open(source) as fine, rasterio.open(grid_file) as grid:
        profile = grid.profile
        values = np.full((grid.height, grid.width), np.nan, dtype=np.float32)
        reproject(rasterio.band(fine, 1), values, src_nodata=fine.nodata, dst_transform=grid.transform,
                  dst_crs=grid.crs, dst_nodata=np.nan, resampling=Resampling.average)
    profile.update(dtype="float32", nodata=OUTPUT_NODATA)
    with rasterio.open(destination, "w", **profile) as out:
        out.write(np.where(np.isfinite(values), values, OUTPUT_NODATA), 1)
    return str(destination)


@pytest.fixture(scope="module")
def modis(tmp_path_factory):
    """Pair 0: MODIS LST 1 km, its NDVI averaged onto the 1 km grid, the 250 m NDVI, ASTER."""
    lst, ndvi, aster = (str(path) for path in modis_aster(0))
    folder = tmp_path_factory.mktemp("modis")
    return {"lst": lst, "ndvi_1km": average_onto(ndvi, lst, folder / "ndvi_1km.tif"), "ndvi": ndvi,
            "aster": aster, "folder": folder}


@pytest.fixture(scope="module")
def tsharp_250m(provider, modis):
    """TsHARP (mass-preserving residual) of the MODIS LST with the NDVI cropped so that its
    4 x 4 blocks are the MODIS pixels."""
    nested = crop_rows(modis["ndvi"], modis["folder"] / "ndvi_nested.tif", 3, 252)
    output = str(modis["folder"] / "tsharp_250m.tif")
    run("tsharp", {"LST": modis["lst"], "NDVI": nested, "RESIDUAL": 2, "OUTPUT": output})
    return output


def closed_loop(reference, ndvi, folder, **parameters):
    """(results, JSON report) of a closed-loop evaluation written into ``folder``."""
    results = run("closed_loop_evaluation", {
        "REFERENCE": reference, "NDVI": ndvi, "OUTPUT_ERROR": str(folder / "error.tif"),
        "OUTPUT_REPORT": str(folder / "report.json"), **parameters})
    return results, json.loads((folder / "report.json").read_text())


def independent_bicubic_rmse(reference, folder):
    """Closed loop done by hand: T^4 block mean written with rasterio, bicubic back, RMSE."""
    values, profile = read(reference)
    coarse = block_mean(values ** 4, 4) ** 0.25
    with rasterio.open(reference) as dataset:
        profile.update(width=16, height=16, transform=dataset.transform * Affine.scale(4))
    with rasterio.open(folder / "coarse_by_hand.tif", "w", **profile) as out:
        out.write(coarse.astype("float32"), 1)
    bicubic(BandSource(str(folder / "coarse_by_hand.tif")), BandSource(reference).grid(), folder / "bicubic.tif")
    return accuracy(read(folder / "bicubic.tif")[0], values)["rmse"]


def test_evaluation_algorithms_are_registered(provider):
    from qgis.core import QgsApplication
    registry = QgsApplication.processingRegistry()
    for name in ("closed_loop_evaluation", "compare_with_reference"):
        assert registry.algorithmById(f"lst_downscaler:{name}").groupId() == "evaluation"
    choices = registry.createAlgorithmById("lst_downscaler:closed_loop_evaluation").downscalers()
    assert {"tsharp", "distrad", "bicubic"} <= set(choices)
    assert "prepare_landsat_l2" not in choices and "closed_loop_evaluation" not in choices


@pytest.mark.parametrize("strip_pixels", [1 << 22, 4 * 64 * 4, 64 * 16])  # fine pixels: all, 1 and 4 coarse rows
@pytest.mark.parametrize("aggregation", list(comparison.Aggregation))
def test_coarse_geotiff_is_the_fine_grid_scaled_by_the_factor(modis, tmp_path, monkeypatch, strip_pixels,
                                                              aggregation):
    """The aggregation by strips of coarse rows (the PSF with its radius around them) writes what
    the aggregation of the whole reference gives, on the fine grid scaled by the factor."""
    monkeypatch.setattr(comparison, "STRIP_PIXELS", strip_pixels)
    source = BandSource(modis["lst"])
    values = read(modis["lst"])[0]
    with comparison.LayersOnGrid(source.grid()) as layers:
        reference = layers.add(source)
        comparison.write_coarse(reference, layers.grid, 4, aggregation, tmp_path / "coarse.tif")
    coarse, profile = read(tmp_path / "coarse.tif")
    with rasterio.open(modis["lst"]) as fine:
        assert profile["crs"] == fine.crs
        assert profile["transform"] == fine.transform * Affine.scale(4)
    assert coarse.shape == (16, 16)
    np.testing.assert_array_equal(coarse, comparison.AGGREGATE[aggregation](values, 4).astype(np.float32))
    if aggregation is comparison.Aggregation.T4_BLOCK:
        np.testing.assert_allclose(coarse, block_mean(values.astype(np.float64) ** 4, 4) ** 0.25, atol=1e-3)


@pytest.mark.parametrize("algorithm", ["tsharp", "bicubic"])
def test_closed_loop_on_modis(provider, modis, tmp_path, algorithm):
    results, report = closed_loop(modis["lst"], modis["ndvi_1km"], tmp_path, ALGORITHM=algorithm)
    assert all(np.isfinite(results[name]) for name in METRICS + ("BICUBIC_RMSE", "RMSE_RATIO"))
    assert 0.2 < results["RMSE"] < 3 and 0 < results["SSIM"] <= 1 and results["R2"] < 1
    assert results["RMSE_RATIO"] == pytest.approx(results["RMSE"] / results["BICUBIC_RMSE"], rel=1e-12)
    assert results["BICUBIC_RMSE"] == pytest.approx(independent_bicubic_rmse(modis["lst"], tmp_path), abs=1e-6)
    if algorithm == "bicubic":
        assert results["RMSE_RATIO"] == pytest.approx(1, abs=1e-9)
    else:
        assert results["RMSE_RATIO"] < 0.97  # measured 0.905: TsHARP adds real 1 km detail
    assert report["settings"]["algorithm"] == f"lst_downscaler:{algorithm}"
    assert report["metrics"]["rmse"] == results["RMSE"] and report["metrics"]["n"] == 64 * 64
    assert report["baseline"]["metrics"]["rmse"] == results["BICUBIC_RMSE"]


def test_error_raster_has_the_reference_grid_and_its_nodata(provider, modis, tmp_path):
    def hole(values):
        values[21:23, 30:35] = -9999
        return values

    reference = derive(modis["lst"], tmp_path / "lst_hole.tif", hole)
    results, _ = closed_loop(reference, modis["ndvi_1km"], tmp_path)
    error, profile = read(tmp_path / "error.tif")
    with rasterio.open(reference) as dataset:
        assert (profile["crs"], profile["transform"]) == (dataset.crs, dataset.transform)
        assert (profile["width"], profile["height"]) == (dataset.width, dataset.height)
    assert profile["nodata"] == OUTPUT_NODATA
    expected = np.zeros(error.shape, dtype=bool)
    expected[20:24, 28:36] = True  # the 4 x 4 blocks that hold the hole are nodata at 4 km
    assert np.array_equal(np.isnan(error), expected)
    assert np.nanmean(error) == pytest.approx(results["BIAS"], abs=1e-5)
    assert np.sqrt(np.nanmean(error ** 2)) == pytest.approx(results["RMSE"], abs=1e-5)


def test_t4_and_psf_aggregations_differ(provider, modis, tmp_path):
    """Bicubic needs no auxiliary layer: without one, the reference grid is the output grid."""
    rmse = {}
    for aggregation, name in enumerate(("t4_block", "gaussian_psf")):
        folder = tmp_path / name
        folder.mkdir()
        results, report = closed_loop(modis["lst"], None, folder, ALGORITHM="bicubic", AGGREGATION=aggregation)
        assert report["settings"]["aggregation"] == name and report["settings"]["auxiliary"] is None
        rmse[name] = results["RMSE"]
    assert rmse["t4_block"] == pytest.approx(independent_bicubic_rmse(modis["lst"], tmp_path), abs=1e-6)
    # The PSF blurs more than the block: bicubic recovers less (measured 1.30 K and 1.53 K).
    assert rmse["gaussian_psf"] > rmse["t4_block"] + 0.1


def test_compare_with_reference_matches_core_metrics(provider, modis, tsharp_250m, tmp_path):
    results = run("compare_with_reference", {
        "DOWNSCALED": tsharp_250m, "REFERENCE": modis["aster"], "COARSE": modis["lst"],
        "OUTPUT_ERROR": str(tmp_path / "error.tif"), "OUTPUT_REPORT": str(tmp_path / "report.json")})
    expected = accuracy(*read_on_reference(tsharp_250m, modis["aster"]), factor=4)
    for name in METRICS:
        assert results[name] == pytest.approx(expected[name.lower()], abs=1e-6)
    assert results["CONSERVATION_MEAN_ABS"] < 0.05 and results["CONSERVATION_MAX_ABS"] < 0.1
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["metrics"]["rmse"] == results["RMSE"]
    assert report["conservation"]["n"] == 63 * 64  # the NDVI starts one 250 m row into MODIS row 0
    error, profile = read(tmp_path / "error.tif")
    aster, aster_profile = read(modis["aster"])
    assert (profile["crs"], profile["transform"]) == (aster_profile["crs"], aster_profile["transform"])
    assert np.all(np.isnan(error[np.isnan(aster)]))
    assert np.count_nonzero(np.isfinite(error)) == expected["n"]


def test_compare_without_the_coarse_input(provider, modis, tsharp_250m, tmp_path):
    """No conservation outputs; ERGAS from the scale factor that TsHARP wrote into its output."""
    results = run("compare_with_reference", {
        "DOWNSCALED": tsharp_250m, "REFERENCE": modis["aster"], "OUTPUT_ERROR": str(tmp_path / "error.tif"),
        "OUTPUT_REPORT": str(tmp_path / "report.html")})
    assert "CONSERVATION_MEAN_ABS" not in results and "CONSERVATION_MAX_ABS" not in results
    expected = accuracy(*read_on_reference(tsharp_250m, modis["aster"]), factor=4)
    assert results["ERGAS"] == pytest.approx(expected["ergas"], rel=1e-6)  # its warp is to float32
    page = (tmp_path / "report.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and f"{results['RMSE']:.4f}" in page


def test_conservation_error_sees_what_is_not_conserved(modis, tmp_path):
    """Bicubic upsampling does not keep the block means of its input: the error shows it."""
    nested = crop_rows(modis["ndvi"], tmp_path / "ndvi_nested.tif", 3, 252)
    bicubic(BandSource(modis["lst"]), BandSource(nested).grid(), tmp_path / "bicubic.tif")
    conservation = comparison.conservation_error(BandSource(str(tmp_path / "bicubic.tif")), BandSource(modis["lst"]))
    assert conservation["mean_abs"] > 0.1
    sharpen(BandSource(modis["lst"]), NdviBand(BandSource(nested)), str(tmp_path / "tsharp.tif"),
            SharpeningOptions(residual=Residual.SMOOTH))
    conservation = comparison.conservation_error(BandSource(str(tmp_path / "tsharp.tif")), BandSource(modis["lst"]))
    assert conservation["mean_abs"] < 0.01


def broken_input(case, modis, tmp_path):
    """(algorithm, parameters, expected message) for one kind of bad input."""
    liverpool = require(LIVERPOOL)

    def celsius(path, name):
        return derive(path, tmp_path / name, lambda v: np.where(v == -9999, v, v - 273.15))

    cases = {
        "closed loop, reference in celsius": lambda: (
            "closed_loop_evaluation", {"REFERENCE": celsius(modis["lst"], "lst_c.tif"), "NDVI": modis["ndvi_1km"]},
            "degrees Celsius"),
        "closed loop, no overlap": lambda: (
            "closed_loop_evaluation",
            {"REFERENCE": modis["lst"], "NDVI": str(next(liverpool.glob("*_SR_B4.TIF")))}, "do not overlap"),
        "closed loop, unknown algorithm": lambda: (
            "closed_loop_evaluation", {"REFERENCE": modis["lst"], "NDVI": modis["ndvi_1km"], "ALGORITHM": "nope"},
            "Unknown downscaling algorithm 'nope': choose one of .*tsharp"),
        "closed loop, not a downscaling algorithm": lambda: (
            "closed_loop_evaluation",
            {"REFERENCE": modis["lst"], "NDVI": modis["ndvi_1km"], "ALGORITHM": "prepare_landsat_l2"},
            "Unknown downscaling algorithm 'prepare_landsat_l2'"),
        "compare, reference in celsius": lambda: (
            "compare_with_reference", {"DOWNSCALED": modis["lst"], "REFERENCE": celsius(modis["aster"], "aster_c.tif")},
            "degrees Celsius"),
        "compare, no overlap": lambda: (
            "compare_with_reference",
            {"DOWNSCALED": modis["lst"], "REFERENCE": str(next(liverpool.glob("*_ST_B10.TIF"))),
             "REFERENCE_SCALE": 0.00341802, "REFERENCE_OFFSET": 149.0}, "do not overlap"),
    }
    return cases[case]()


@pytest.mark.parametrize("case", ["closed loop, reference in celsius", "closed loop, no overlap",
                                  "closed loop, unknown algorithm", "closed loop, not a downscaling algorithm",
                                  "compare, reference in celsius", "compare, no overlap"])
def test_bad_input_is_refused_and_nothing_written(provider, modis, tmp_path, case):
    from qgis.core import QgsProcessingException
    algorithm, parameters, message = broken_input(case, modis, tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(QgsProcessingException, match=message):
        run(algorithm, {**parameters, "OUTPUT_ERROR": str(out_dir / "error.tif"),
                        "OUTPUT_REPORT": str(out_dir / "report.json")})
    assert list(out_dir.iterdir()) == []


def test_closed_loop_refuses_an_algorithm_it_cannot_feed(provider):
    from qgis.core import QgsApplication, QgsProcessingException
    registry = QgsApplication.processingRegistry()
    closed_loop_algorithm = registry.createAlgorithmById("lst_downscaler:closed_loop_evaluation")
    with pytest.raises(QgsProcessingException, match="needs the parameter"):
        closed_loop_algorithm.child_parameters(registry.algorithmById("lst_downscaler:prepare_landsat_l2"),
                                               {"LST": "coarse.tif"})
    child, output = closed_loop_algorithm.child_parameters(
        registry.algorithmById("lst_downscaler:tsharp"), {"LST": "coarse.tif", "NDVI": "ndvi.tif", "GRID": "x"})
    assert output == "OUTPUT" and child == {"LST": "coarse.tif", "NDVI": "ndvi.tif", "OUTPUT": "TEMPORARY_OUTPUT"}


def test_a_model_sets_the_algorithm_from_its_input(provider, modis, tmp_path):
    """In the graphical modeler, the algorithm id can come from a model input."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterString,
    )
    model = QgsProcessingModelAlgorithm("closed loop", "tests")
    for parameter in (QgsProcessingParameterRasterLayer("reference", "Reference"),
                      QgsProcessingParameterRasterLayer("ndvi", "NDVI"),
                      QgsProcessingParameterString("algorithm", "Algorithm")):
        model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
    child = QgsProcessingModelChildAlgorithm("lst_downscaler:closed_loop_evaluation")
    child.setChildId("evaluation")
    for name, source in (("REFERENCE", "reference"), ("NDVI", "ndvi"), ("ALGORITHM", "algorithm")):
        child.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromModelParameter(source)])
    outputs = {}
    for name in ("OUTPUT_ERROR", "OUTPUT_REPORT"):
        outputs[name] = QgsProcessingModelOutput(name, name)
        outputs[name].setChildOutputName(name)
    child.setModelOutputs(outputs)
    model.addChildAlgorithm(child)
    import processing

    from lst_downscaler.compat import model_output_parameter
    processing.run(model, {"reference": modis["lst"], "ndvi": modis["ndvi_1km"], "algorithm": "distrad",
                           model_output_parameter(model, "evaluation", "OUTPUT_ERROR"): str(tmp_path / "error.tif"),
                           model_output_parameter(model, "evaluation", "OUTPUT_REPORT"): str(tmp_path / "report.json")})
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["settings"]["algorithm"] == "lst_downscaler:distrad"
    assert 0.2 < report["metrics"]["rmse"] < 3


def naive_ssim(prediction, reference):
    """SSIM as Wang et al. (2004) define it, pixel by pixel over the valid pixels of each 7 x 7
    window, with the float64 statistics of numpy: the reference for the strip computation."""
    valid = np.isfinite(prediction) & np.isfinite(reference)
    data_range = np.ptp(reference[valid])
    c1, c2 = (0.01 * data_range) ** 2, (0.03 * data_range) ** 2
    indices = []
    for row, col in zip(*np.nonzero(valid)):
        window = np.s_[max(row - 3, 0):row + 4, max(col - 3, 0):col + 4]
        inside = valid[window]
        if inside.sum() < 24.5:
            continue
        x, y = prediction[window][inside], reference[window][inside]
        cov = np.mean(x * y) - x.mean() * y.mean()
        indices.append((2 * x.mean() * y.mean() + c1) * (2 * cov + c2)
                       / ((x.mean() ** 2 + y.mean() ** 2 + c1) * (x.var() + y.var() + c2)))
    return np.mean(indices)


@pytest.mark.parametrize("strip_rows", [256, 7, 1])
def test_metrics_by_strips_are_the_metrics_of_the_whole_scene(modis, monkeypatch, strip_rows):
    """On MODIS warped onto ASTER (swath edges, clouds): the sums by strips of rows (with the SSIM
    windows' halo) give what numpy gives on the whole arrays, and SSIM what a pixel loop gives."""
    from lst_downscaler.core.evaluation import metrics
    prediction, reference = read_on_reference(modis["lst"], modis["aster"])
    monkeypatch.setattr(metrics, "STRIP_PIXELS", strip_rows * reference.shape[1])
    got = accuracy(prediction, reference, factor=4)
    valid = np.isfinite(prediction) & np.isfinite(reference)
    error = prediction[valid] - reference[valid]
    assert got["n"] == valid.sum() > 10000
    assert got["rmse"] == pytest.approx(np.sqrt(np.mean(error ** 2)), rel=1e-12)
    assert got["mae"] == pytest.approx(np.mean(np.abs(error)), rel=1e-12)
    assert got["bias"] == pytest.approx(np.mean(error), rel=1e-12)
    assert got["ubrmse"] == pytest.approx(np.std(error), rel=1e-10)
    total = np.sum((reference[valid] - reference[valid].mean()) ** 2)
    assert got["r2"] == pytest.approx(1 - np.sum(error ** 2) / total, rel=1e-10)
    assert got["ergas"] == pytest.approx(25 * got["rmse"] / reference[valid].mean(), rel=1e-12)
    crop = np.s_[40:90, 60:110]  # a crop across a cloud edge: the pixel loop is slow
    assert np.isnan(reference[crop]).any()
    assert accuracy(prediction[crop], reference[crop])["ssim"] == pytest.approx(
        naive_ssim(prediction[crop], reference[crop]), abs=1e-9)


# the closed loop's reference is read at half its first step of four
@pytest.mark.parametrize("algorithm, canceled_at", [("compare_with_reference", 20), ("closed_loop_evaluation", 12.5)])
def test_cancel_between_phases_writes_nothing(provider, modis, tsharp_250m, tmp_path, algorithm, canceled_at):
    """Cancel once the first phase is done (the reference read): the user is told, and neither the
    error raster nor the report is written."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()  # the signal: a multi-step feedback calls the C++ setProgress
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value >= canceled_at else None)
    inputs = ({"DOWNSCALED": tsharp_250m, "REFERENCE": modis["aster"], "COARSE": modis["lst"]}
              if algorithm == "compare_with_reference" else {"REFERENCE": modis["lst"], "NDVI": modis["ndvi_1km"]})
    outputs = {"OUTPUT_ERROR": str(tmp_path / "error.tif"), "OUTPUT_REPORT": str(tmp_path / "report.html")}
    with pytest.raises(QgsProcessingException, match="Canceled"):
        processing.run(f"lst_downscaler:{algorithm}", {**inputs, **outputs}, feedback=feedback)
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("strip_pixels", [1 << 22, 256 * 5, 1])  # all, 1 and 1 coarse rows a strip
def test_conservation_by_strips_of_coarse_rows_is_that_of_the_whole_layer(modis, tmp_path, monkeypatch,
                                                                         strip_pixels):
    """TsHARP with the smooth residual at 250 m against its 1 km input: the strips read the fine rows
    under their coarse rows and a margin, and find the same errors over the same coarse pixels."""
    nested = crop_rows(modis["ndvi"], tmp_path / "ndvi_nested.tif", 3, 252)
    sharpen(BandSource(modis["lst"]), NdviBand(BandSource(nested)), str(tmp_path / "tsharp.tif"),
            SharpeningOptions(residual=Residual.SMOOTH))
    arguments = BandSource(str(tmp_path / "tsharp.tif")), BandSource(modis["lst"])
    monkeypatch.setattr(comparison, "STRIP_PIXELS", 1 << 30)
    whole = comparison.conservation_error(*arguments)
    monkeypatch.setattr(comparison, "STRIP_PIXELS", strip_pixels)
    assert comparison.conservation_error(*arguments) == pytest.approx(whole, rel=1e-12)
    assert whole["n"] == 63 * 64 and 0 < whole["mean_abs"] < 0.01
