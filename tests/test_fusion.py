"""STARFM, ESTARFM and the time series (STARFM, DLSTFM) on real data: Yanco (Landsat + MODIS) and
ECOSTRESS closed loops (a real fine truth at t2), through the core, processing.run and qgis_process."""

import importlib
import subprocess
from pathlib import Path

import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.windows import Window

from lst_downscaler.core.errors import Canceled, DownscalingError
from lst_downscaler.core.evaluation import aggregate
from lst_downscaler.core.fusion import Conversion, EstarfmOptions, StarfmOptions, estarfm, starfm, starfm_series

starfm_module = importlib.import_module("lst_downscaler.core.fusion.starfm")
from lst_downscaler.core.evaluation.metrics import accuracy, read_on_reference
from lst_downscaler.core.io.raster import OUTPUT_NODATA, BandSource
from lst_downscaler.core.sharpening.bicubic import bicubic

from rasters import derive, read, warp_to, write
from shared_data import require

ECOSTRESS_FACTOR = 14  # ~70 m x 14: ~1 km
# Three consecutive daytime granules (2023-07-24 16:17, 07-28 14:40, 08-05 11:27 local time).
ECOSTRESS_DATES = ("2023205231732", "2023209214058", "2023217182715")
CROP = 280


@pytest.fixture(scope="module")
def yanco(tmp_path_factory):
    """Landsat 02-05 and 03-08 (100 m) and MODIS 02-05, 02-18, 03-08 back on their 1 km grid (the
    shared copies are the 1 km pixels repeated on the 100 m grid: block means of 10 x 10)."""
    folder = require("fusion_yanco")
    tmp = tmp_path_factory.mktemp("yanco")
    paths = {"f1": str(folder / "Landsat_LST_cloudrm_20160205.tif"),
             "truth": str(folder / "Landsat_LST_cloudrm_20160308.tif")}
    for key, date in (("c1", "20160205"), ("c18", "20160218"), ("c2", "20160308")):
        with rasterio.open(folder / f"MOD11A1_LST_cloudrm_{date}.tif") as dataset:
            blocks = dataset.read(1).astype(np.float64).reshape(40, 10, 40, 10).mean(axis=(1, 3))
            paths[key] = write(tmp / f"MOD11A1_{date}_1km.tif", blocks, dataset.transform * Affine.scale(10),
                               dataset.crs)
    return paths


@pytest.fixture(scope="module")
def ecostress(tmp_path_factory):
    """Three ECOSTRESS granules, each on its own grid: a fine crop (K, the same place in each) and
    the energy-conserving (T^4) aggregate of the whole granule by 14 as the coarse sensor."""
    folder = require("ecostress_la", "lst")
    tmp = tmp_path_factory.mktemp("ecostress")
    paths, bounds = {}, None
    for key, stamp in zip(("1", "2", "3"), ECOSTRESS_DATES):
        with rasterio.open(folder / f"ECO_L2_LSTE.002_LST_doy{stamp}_aid0001.tif") as dataset:
            dn = dataset.read(1)
            kelvin = np.where(dn == 0, np.nan, dn * 0.02)
            transform, crs = dataset.transform, dataset.crs
        paths["c" + key] = write(tmp / f"coarse_{stamp}.tif", aggregate.energy_conserving_mean(kelvin, ECOSTRESS_FACTOR),
                                 transform * Affine.scale(ECOSTRESS_FACTOR), crs)
        if bounds is None:
            row, col = 380, 700
        else:
            col, row = (round(v) for v in ~transform * bounds)
        fine_transform = rasterio.windows.transform(Window(col, row, CROP, CROP), transform)
        bounds = (fine_transform.c, fine_transform.f)
        paths["f" + key] = write(tmp / f"fine_{stamp}.tif", kelvin[row:row + CROP, col:col + CROP],
                                 fine_transform, crs)
    return paths


def sources(paths, *keys):
    return [BandSource(paths[key]) for key in keys]


def rmse(path, truth):
    return accuracy(*read_on_reference(str(path), truth))


def coarse_cubic_rmse(paths, truth, tmp_path):
    """The baseline: the coarse LST at t2 interpolated (cubic) onto the fine grid."""
    bicubic(BandSource(paths["c2"]), BandSource(paths["f1"]).grid(), str(tmp_path / "cubic.tif"))
    return rmse(tmp_path / "cubic.tif", truth)


def test_starfm_yanco_closed_loop(yanco, tmp_path):
    """Landsat 02-05 + MODIS 02-05 + MODIS 03-08 predict Landsat 03-08, on the Landsat grid, better
    than the MODIS LST of 03-08 interpolated; its bias is the real sensor gap of that day."""
    output = tmp_path / "starfm.tif"
    result = starfm(*sources(yanco, "f1", "c1", "c2"), str(output))
    assert result.factor == 10 and result.valid_pixels == 400 * 400 - 1  # one Landsat nodata pixel
    with rasterio.open(output) as out, rasterio.open(yanco["f1"]) as landsat:
        assert out.transform == landsat.transform and out.shape == landsat.shape
        assert out.units == ("K",) and out.tags()["METHOD"].startswith("STARFM")
    metrics = rmse(output, yanco["truth"])
    baseline = coarse_cubic_rmse(yanco, yanco["truth"], tmp_path)
    assert metrics["rmse"] < 0.99 * baseline["rmse"]
    assert metrics["ubrmse"] < 0.9 * baseline["ubrmse"]
    assert -5.0 < metrics["bias"] < -4.0  # MODIS is ~4.5 K colder than Landsat on 03-08
    fine, _ = read(yanco["f1"])
    truth, _ = read(yanco["truth"])
    no_change = fine + np.nanmean(read(yanco["c2"])[0] - read(yanco["c1"])[0]) - truth
    # Measured: STARFM 4.955 K, Landsat 02-05 + the mean MODIS change 4.913 K: STARFM does not beat
    # this "no change" baseline here (ubRMSE 2.18 against 2.14), it stays within 2 % of it.
    assert metrics["rmse"] < 1.02 * np.sqrt(np.nanmean(no_change ** 2))


def test_estarfm_and_starfm_ecostress_closed_loop(ecostress, tmp_path):
    """Real ECOSTRESS truth at t2, coarse simulated at ~1 km; the three granules are on grids that
    differ by fractions of a pixel. Both methods recover most of the fine detail that the coarse
    LST lacks, ESTARFM (two pairs) better than STARFM (one), unless it converts the coarse change
    with Zhu's regression slope, which adds noise here."""
    truth = ecostress["f2"]
    grids = {BandSource(ecostress[key]).grid() for key in ("f1", "f2", "f3")}
    assert len(grids) == 3  # three different grids, aligned by the fusion
    estarfm(*sources(ecostress, "f1", "c1", "f3", "c3", "c2"), str(tmp_path / "estarfm.tif"))
    estarfm(*sources(ecostress, "f1", "c1", "f3", "c3", "c2"), str(tmp_path / "regression.tif"),
            EstarfmOptions(conversion=Conversion.REGRESSION))
    starfm(*sources(ecostress, "f1", "c1", "c2"), str(tmp_path / "starfm.tif"))
    baseline = coarse_cubic_rmse(ecostress, truth, tmp_path)["rmse"]
    two_pairs = rmse(tmp_path / "estarfm.tif", truth)
    one_pair = rmse(tmp_path / "starfm.tif", truth)
    assert two_pairs["n"] > 0.95 * CROP * CROP
    assert one_pair["rmse"] < 0.8 * baseline
    assert two_pairs["rmse"] < 0.8 * baseline
    assert two_pairs["rmse"] < 0.95 * one_pair["rmse"]
    assert two_pairs["rmse"] < rmse(tmp_path / "regression.tif", truth)["rmse"] < 0.8 * baseline


def test_coarse_layers_in_another_crs(yanco, tmp_path):
    """MODIS warped to UTM 55S at 1000 m: warped back onto the coarse grid aligned with the
    Landsat grid, it still gives nearly the same prediction."""
    utm = {key: warp_to(yanco[key], tmp_path / f"{key}_utm.tif", "EPSG:32755", 1000) for key in ("c1", "c2")}
    starfm(*sources(yanco, "f1", "c1", "c2"), str(tmp_path / "geographic.tif"))
    result = starfm(BandSource(yanco["f1"]), BandSource(utm["c1"]), BandSource(utm["c2"]), str(tmp_path / "utm.tif"))
    assert result.factor == 10  # 1000 m over ~0.001 deg (91 m east-west, 111 m north-south)
    a, _ = read(tmp_path / "geographic.tif")
    b, _ = read(tmp_path / "utm.tif")
    inside = np.isfinite(a) & np.isfinite(b)
    assert inside.sum() > 0.9 * a.size
    assert np.sqrt(np.mean((a - b)[inside] ** 2)) < 0.3


def test_strips_give_the_same_output(yanco, tmp_path, monkeypatch):
    """The halo of half a window makes strip boundaries invisible."""
    starfm(*sources(yanco, "f1", "c1", "c2"), str(tmp_path / "whole.tif"))
    monkeypatch.setattr(starfm_module, "fusion_strips",
                        lambda grid: [(row, min(37, grid.height - row)) for row in range(0, grid.height, 37)])
    starfm(*sources(yanco, "f1", "c1", "c2"), str(tmp_path / "strips.tif"))
    np.testing.assert_allclose(read(tmp_path / "strips.tif")[0], read(tmp_path / "whole.tif")[0], atol=1e-4)


def test_nodata_is_preserved(yanco, tmp_path):
    """A hole in the fine layer and a missing coarse pixel at t2 stay nodata, and nothing else."""
    def fine_hole(values):
        values[100:110, 50:200] = values.min()  # the layer's nodata value, -3.4e38
        return values

    def coarse_hole(values):
        values[20, 30] = -9999
        return values

    fine = derive(yanco["f1"], tmp_path / "f1.tif", fine_hole)
    coarse = derive(yanco["c2"], tmp_path / "c2.tif", coarse_hole)
    starfm(BandSource(fine), BandSource(yanco["c1"]), BandSource(coarse), str(tmp_path / "out.tif"))
    output, _ = read(tmp_path / "out.tif")
    expected = np.isnan(read(fine)[0])
    expected[200:210, 300:310] = True
    assert np.array_equal(np.isnan(output), expected)
    with rasterio.open(tmp_path / "out.tif") as dataset:
        assert np.all(dataset.read(1)[expected] == OUTPUT_NODATA)


def test_celsius_output(yanco, tmp_path):
    starfm(*sources(yanco, "f1", "c1", "c2"), str(tmp_path / "k.tif"))
    starfm(*sources(yanco, "f1", "c1", "c2"), str(tmp_path / "c.tif"), StarfmOptions(celsius=True))
    np.testing.assert_allclose(read(tmp_path / "c.tif")[0], read(tmp_path / "k.tif")[0] - 273.15, atol=1e-3)
    with rasterio.open(tmp_path / "c.tif") as dataset:
        assert dataset.units == ("°C",)


def test_cancel_leaves_nothing(yanco, tmp_path):
    calls = []

    def cancel_later():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Canceled):
        estarfm(*sources(yanco, "f1", "c1", "truth", "c2", "c18"), str(tmp_path / "out.tif"),
                is_canceled=cancel_later)
    calls.clear()
    # a file of an earlier run, named as the first date's output: kept as it was
    earlier = tmp_path / "series" / f"{Path(yanco['c18']).stem}.tif"
    earlier.parent.mkdir()
    earlier.write_bytes(b"an earlier run")
    with pytest.raises(Canceled):
        starfm_series(*sources(yanco, "f1", "c1"), sources(yanco, "c18", "c2"), tmp_path / "series",
                      is_canceled=lambda: len(calls) > 0, progress=lambda value: calls.append(value))
    assert calls  # canceled at the second date, after the first date was computed
    assert list(tmp_path.iterdir()) == [tmp_path / "series"]
    assert list((tmp_path / "series").iterdir()) == [earlier] and earlier.read_bytes() == b"an earlier run"


def test_bad_inputs_say_what_to_fix(yanco, ecostress, tmp_path):
    with pytest.raises(DownscalingError, match="do not overlap"):
        starfm(BandSource(yanco["f1"]), BandSource(ecostress["c1"]), BandSource(ecostress["c2"]),
               str(tmp_path / "out.tif"))
    with pytest.raises(DownscalingError, match="swapped"):
        starfm(*sources(yanco, "c1", "f1", "c2"), str(tmp_path / "out.tif"))
    with pytest.raises(DownscalingError, match="odd"):
        starfm(*sources(yanco, "f1", "c1", "c2"), str(tmp_path / "out.tif"), StarfmOptions(window=30))
    celsius = derive(yanco["f1"], tmp_path / "celsius.tif", lambda v: np.where(v > 0, v - 273.15, v))
    with pytest.raises(DownscalingError, match="degrees Celsius"):
        starfm(BandSource(celsius), *sources(yanco, "c1", "c2"), str(tmp_path / "out.tif"))
    assert not (tmp_path / "out.tif").exists()


def run(algorithm, parameters, feedback=None):
    import processing
    return processing.run(f"lst_downscaler:{algorithm}", parameters, feedback=feedback)


def test_algorithms_in_the_fusion_group(provider):
    for name, paper in (("starfm", "Gao"), ("estarfm", "Zhu"), ("fusion_time_series", "Gao")):
        algorithm = provider.algorithm(name)
        assert algorithm.groupId() == "fusion" and algorithm.group() == "Spatiotemporal fusion"
        assert paper in algorithm.shortHelpString()
    assert provider.algorithm("estarfm").parameterDefinition("FINE_T3") is not None


def test_estarfm_algorithm(provider, ecostress, tmp_path):
    output = str(tmp_path / "estarfm.tif")
    run("estarfm", {"FINE_T1": ecostress["f1"], "COARSE_T1": ecostress["c1"], "FINE_T3": ecostress["f3"],
                    "COARSE_T3": ecostress["c3"], "COARSE_T2": ecostress["c2"], "UNITS": 1, "OUTPUT": output})
    core = str(tmp_path / "core.tif")
    estarfm(*sources(ecostress, "f1", "c1", "f3", "c3", "c2"), core, EstarfmOptions(celsius=True))
    np.testing.assert_array_equal(read(output)[0], read(core)[0])


def test_time_series_algorithm(provider, yanco, tmp_path):
    """One base pair, three coarse dates: one file per date, named after the coarse layer."""
    from qgis.core import QgsProcessingFeedback

    class Progress(QgsProcessingFeedback):
        values = []

        def setProgress(self, value):  # noqa: N802 (QGIS API)
            self.values.append(value)
            super().setProgress(value)

    feedback = Progress()
    folder = tmp_path / "series"
    result = run("fusion_time_series", {"FINE_T1": yanco["f1"], "COARSE_T1": yanco["c1"],
                                        "COARSE_SERIES": [yanco["c1"], yanco["c18"], yanco["c2"]],
                                        "OUTPUT": str(folder)}, feedback)
    assert result["OUTPUT_COUNT"] == 3
    assert sorted(p.name for p in folder.iterdir()) == [
        "MOD11A1_20160205_1km.tif", "MOD11A1_20160218_1km.tif", "MOD11A1_20160308_1km.tif"]
    single = str(tmp_path / "single.tif")
    starfm(*sources(yanco, "f1", "c1", "c2"), single)
    np.testing.assert_array_equal(read(folder / "MOD11A1_20160308_1km.tif")[0], read(single)[0])
    # At the base date itself the prediction is the fine LST smoothed among similar pixels.
    same_date = read(folder / "MOD11A1_20160205_1km.tif")[0] - read(yanco["f1"])[0]
    assert abs(np.nanmean(same_date)) < 0.1 and np.nanstd(same_date) < 1.0
    assert 0 < feedback.values[0] < 40 and max(feedback.values) == 100
    assert feedback.values == sorted(feedback.values)


def test_time_series_into_an_existing_folder_never_over_its_inputs(provider, yanco, tmp_path):
    from qgis.core import QgsProcessingException
    folder = tmp_path / "series"
    folder.mkdir()  # a folder chosen in the dialog exists
    coarse = folder / "c2.tif"
    coarse.write_bytes(Path(yanco["c2"]).read_bytes())
    result = run("fusion_time_series", {"FINE_T1": yanco["f1"], "COARSE_T1": yanco["c1"],
                                        "COARSE_SERIES": [yanco["c18"]], "OUTPUT": str(folder)})
    assert result["OUTPUT_COUNT"] == 1 and (folder / "MOD11A1_20160218_1km.tif").exists()
    with pytest.raises(QgsProcessingException, match="would be overwritten"):  # c2.tif would be the output of c2.tif
        run("fusion_time_series", {"FINE_T1": yanco["f1"], "COARSE_T1": yanco["c1"],
                                   "COARSE_SERIES": [str(coarse)], "OUTPUT": str(folder)})
    assert coarse.read_bytes() == Path(yanco["c2"]).read_bytes()


def test_qgis_process_runs_starfm(qgis_process_env, yanco, tmp_path):
    executable, env = qgis_process_env
    output = tmp_path / "starfm.tif"
    completed = subprocess.run(
        [executable, "run", "lst_downscaler:starfm", "--", f"FINE_T1={yanco['f1']}", f"COARSE_T1={yanco['c1']}",
         f"COARSE_T2={yanco['c2']}", "WINDOW=21", f"OUTPUT={output}"],
        env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Scale factor 10" in completed.stdout
    core = str(tmp_path / "core.tif")
    starfm(*sources(yanco, "f1", "c1", "c2"), core, StarfmOptions(window=21))
    np.testing.assert_array_equal(read(output)[0], read(core)[0])


def test_cancel_in_processing_leaves_nothing(provider, yanco, tmp_path):
    """Cancel from the dialog during the series: no file of the run is left, and the user is told."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelAfterFirstDate(QgsProcessingFeedback):
        def setProgress(self, value):  # noqa: N802 (QGIS API)
            super().setProgress(value)
            if value >= 50:
                self.cancel()

    folder = tmp_path / "series"
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run("fusion_time_series", {"FINE_T1": yanco["f1"], "COARSE_T1": yanco["c1"],
                                   "COARSE_SERIES": [yanco["c18"], yanco["c2"]], "OUTPUT": str(folder)},
            CancelAfterFirstDate())
    assert not list(folder.iterdir())


def test_bias_correction_removes_a_constant_sensor_offset(provider, ecostress, tmp_path):
    """The coarse sensor 3 K colder than the fine one at every date (a MODIS-like offset): the bias
    correction measures it at the base date(s), and the output is that of the same correction on
    the coarse layers without the offset."""
    colder = {key: derive(ecostress[key], tmp_path / f"{key}_colder.tif", lambda v: np.where(v > 0, v - 3, v))
              for key in ("c1", "c2", "c3")}
    corrected = StarfmOptions(bias_correction=True)
    reference = starfm(*sources(ecostress, "f1", "c1", "c2"), str(tmp_path / "reference.tif"), corrected)
    result = starfm(*sources(dict(ecostress, **colder), "f1", "c1", "c2"), str(tmp_path / "corrected.tif"), corrected)
    assert result.bias == pytest.approx(reference.bias + 3, abs=1e-3) and abs(reference.bias) < 0.3
    starfm(*sources(dict(ecostress, **colder), "f1", "c1", "c2"), str(tmp_path / "offset.tif"))
    reference, corrected, offset = (read(tmp_path / f"{name}.tif")[0] for name in ("reference", "corrected", "offset"))
    assert np.nanmax(np.abs(corrected - reference)) < 0.01
    assert np.nanmean(np.abs(offset - reference)) > 0.02  # uncorrected, the offset changes STARFM's weights
    output = str(tmp_path / "estarfm.tif")
    run("estarfm", {"FINE_T1": ecostress["f1"], "COARSE_T1": colder["c1"], "FINE_T3": ecostress["f3"],
                    "COARSE_T3": colder["c3"], "COARSE_T2": colder["c2"], "BIAS_CORRECTION": True, "OUTPUT": output})
    estarfm(*sources(ecostress, "f1", "c1", "f3", "c3", "c2"), str(tmp_path / "estarfm_reference.tif"),
            EstarfmOptions(bias_correction=True))
    assert np.nanmax(np.abs(read(output)[0] - read(tmp_path / "estarfm_reference.tif")[0])) < 0.01


def test_time_series_with_dlstfm(provider, ecostress, tmp_path):
    """The time series run with DLSTFM: one file per date, each the output of DLSTFM for that date."""
    pytest.importorskip("torch", reason="PyTorch is not installed")
    from lst_downscaler.core.deep.fusion import dlstfm
    folder = tmp_path / "series"
    result = run("fusion_time_series", {"FINE_T1": ecostress["f1"], "COARSE_T1": ecostress["c1"], "METHOD": 1,
                                        "COARSE_SERIES": [ecostress["c2"], ecostress["c3"]], "OUTPUT": str(folder)})
    assert result["OUTPUT_COUNT"] == 2
    dlstfm(*sources(ecostress, "f1", "c1", "c3"), str(tmp_path / "direct.tif"))
    np.testing.assert_array_equal(read(folder / Path(ecostress["c3"]).name)[0], read(tmp_path / "direct.tif")[0])


def test_dlstfm_footprint_sums_by_gdal_count_every_fine_pixel(yanco, monkeypatch):
    """GDAL's sum warping, which serves DLSTFM's energy correction when the coarse layer is in another
    CRS, drops part of its source's last rows and columns where they end on a coarse pixel's edge, as
    Yanco's do: summed by strips of rows with a margin, every fine pixel counts whole."""
    pytest.importorskip("torch", reason="PyTorch is not installed")
    from lst_downscaler.core.deep.fusion import CoarseFootprints
    from lst_downscaler.core.io import resample
    footprints = CoarseFootprints.read(BandSource(yanco["c18"]), BandSource(yanco["f1"]).grid())
    ones = np.ones(footprints.fine_grid.shape)
    exact = resample.area_sums(ones, footprints.fine_grid, footprints.grid)
    assert exact.min() == pytest.approx(100)  # 10 x 10 fine pixels in each 1 km pixel
    monkeypatch.setattr(resample, "area_sums", lambda *grids: None)
    by_strips = sum(footprints._sums(ones[row:row + 37], row) for row in range(0, ones.shape[0], 37))
    assert np.abs(by_strips - exact).max() < 1e-6


def test_fine_layer_statistics_keep_a_sample_not_the_layer(yanco):
    """The unit check's sample (every 17th valid pixel) is copied out of each strip: a view kept the
    strip's valid values alive, a float32 copy of the whole layer by the end (256 MB at 8000²)."""
    import tracemalloc
    from lst_downscaler.core.fusion.stack import FineLayer, plan_fusion
    source = BandSource(yanco["f1"])
    grid = source.grid()
    strips = [(row, 10) for row in range(0, grid.height, 10)]
    with FineLayer(source, plan_fusion(grid, BandSource(yanco["c1"])).fine) as layer:
        tracemalloc.start()
        std, count = layer.statistics(strips, lambda items: items)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert count > 0.9 * grid.width * grid.height and std > 1
    assert peak < 0.5 * 4 * grid.width * grid.height  # the layer: 4 bytes a pixel
