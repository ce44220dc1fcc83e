"""Every algorithm through processing.run, its errors on bad input, and qgis_process."""

import subprocess

import numpy as np
import pytest
import rasterio
from rasterio.enums import Resampling

from lst_downscaler.core.evaluation.metrics import accuracy, read_on_reference

from rasters import derive, read, warp_to
from shared_data import LIVERPOOL, modis_aster, require

FOUNDATION_ALGORITHMS = {"tsharp", "distrad", "bicubic", "prepare_landsat_l2"}


@pytest.fixture
def pair():
    return [str(path) for path in modis_aster(0)]


def run(algorithm, parameters, feedback=None):
    import processing
    return processing.run(f"lst_downscaler:{algorithm}", parameters, feedback=feedback)


def test_provider_lists_every_algorithm(provider):
    assert FOUNDATION_ALGORITHMS <= {a.name() for a in provider.algorithms()}
    for algorithm in provider.algorithms():
        assert algorithm.shortHelpString() and algorithm.displayName() and algorithm.group()


@pytest.mark.parametrize("algorithm", ["tsharp", "distrad"])
def test_sharpening_algorithms_on_modis(provider, pair, tmp_path, algorithm):
    output = str(tmp_path / f"{algorithm}.tif")
    result = run(algorithm, {"LST": pair[0], "NDVI": pair[1], "OUTPUT": output})
    assert result["OUTPUT"] == output
    metrics = accuracy(*read_on_reference(output, pair[2]))
    assert metrics["n"] > 30000
    assert metrics["rmse"] < 2.5


def test_bicubic_algorithm_in_celsius(provider, pair, tmp_path):
    output = str(tmp_path / "bicubic.tif")
    run("bicubic", {"LST": pair[0], "GRID": pair[1], "UNITS": 1, "OUTPUT": output})
    values, profile = read(output)
    modis, _ = read(pair[0])
    assert profile["width"] == 256
    assert abs(np.nanmean(values) - (np.nanmean(modis) - 273.15)) < 0.3


@pytest.fixture
def liverpool(provider, tmp_path):
    """Liverpool: LST in kelvin and NDVI at 30 m from the prepare algorithm, LST aggregated to 90 m."""
    mtl = next(require(LIVERPOOL).glob("*_MTL.txt"))
    lst30, ndvi = str(tmp_path / "lst30.tif"), str(tmp_path / "ndvi.tif")
    run("prepare_landsat_l2", {"SCENE": str(mtl), "OUTPUT_LST": lst30, "OUTPUT_NDVI": ndvi})
    lst90 = str(tmp_path / "lst90.tif")
    with rasterio.open(lst30) as source:
        profile = source.profile
        profile.update(width=source.width // 3, height=source.height // 3,
                       transform=source.transform * source.transform.scale(3))
        values = source.read(1, out_shape=(profile["height"], profile["width"]), resampling=Resampling.average)
    with rasterio.open(lst90, "w", **profile) as target:
        target.write(values, 1)
    return {"lst30": lst30, "lst90": lst90, "ndvi": ndvi, "folder": require(LIVERPOOL)}


def test_prepare_landsat_l2(liverpool):
    lst, _ = read(liverpool["lst30"])
    ndvi, _ = read(liverpool["ndvi"])
    assert 284.9 < np.nanmin(lst) and np.nanmax(lst) < 300
    assert -1 <= np.nanmin(ndvi) and np.nanmax(ndvi) <= 1 and np.nanmax(ndvi) > 0.8


def test_red_nir_reflectance_gives_the_ndvi_result(liverpool, tmp_path):
    """A reflectance layer with red/NIR bands (scale/offset in its metadata) equals an NDVI layer."""
    folder = liverpool["folder"]
    bands = [next(folder.glob(f"*_SR_B{n}.TIF")) for n in (4, 5)]
    stack = str(tmp_path / "red_nir.tif")
    with rasterio.open(bands[0]) as red, rasterio.open(bands[1]) as nir:
        profile = red.profile
        profile.update(count=2, nodata=0)
        with rasterio.open(stack, "w", **profile) as out:
            out.write(red.read(1), 1)
            out.write(nir.read(1), 2)
            out.scales, out.offsets = (2.75e-05, 2.75e-05), (-0.2, -0.2)
    from_bands, from_ndvi = str(tmp_path / "bands.tif"), str(tmp_path / "ndvi_out.tif")
    run("tsharp", {"LST": liverpool["lst90"], "REFLECTANCE": stack, "RED_BAND": 1, "NIR_BAND": 2,
                   "OUTPUT": from_bands})
    run("tsharp", {"LST": liverpool["lst90"], "NDVI": liverpool["ndvi"], "OUTPUT": from_ndvi})
    np.testing.assert_allclose(read(from_bands)[0], read(from_ndvi)[0], atol=1e-3)


def test_lst_scale_and_offset_parameters(liverpool, tmp_path):
    """Raw ST_B10 numbers with the Collection 2 scale/offset give the kelvin result."""
    raw90 = str(tmp_path / "raw90.tif")
    derive(liverpool["lst90"], raw90, lambda k: np.where(k == -9999, -9999, (k - 149.0) / 0.00341802))
    scaled, kelvin = str(tmp_path / "scaled.tif"), str(tmp_path / "kelvin.tif")
    run("tsharp", {"LST": raw90, "LST_SCALE": 0.00341802, "LST_OFFSET": 149.0, "NDVI": liverpool["ndvi"],
                   "OUTPUT": scaled})
    run("tsharp", {"LST": liverpool["lst90"], "NDVI": liverpool["ndvi"], "OUTPUT": kelvin})
    np.testing.assert_allclose(read(scaled)[0], read(kelvin)[0], atol=1e-3)


def broken_input(case, pair, tmp_path):
    """(parameters, expected message) for one kind of bad input, built from real rasters."""
    lst, ndvi = pair[0], pair[1]
    liverpool = require(LIVERPOOL)
    cases = {
        "no overlap": lambda: ({"LST": lst, "NDVI": str(next(liverpool.glob("*_SR_B4.TIF")))},
                               "do not overlap"),
        "not coarser": lambda: ({"LST": str(next(liverpool.glob("*_ST_B10.TIF"))),
                                 "NDVI": str(next(liverpool.glob("*_SR_B4.TIF")))}, "not coarser"),
        "all nodata": lambda: ({"LST": derive(lst, tmp_path / "empty.tif", lambda v: np.full_like(v, -9999)),
                                "NDVI": ndvi}, "all nodata"),
        "ndvi as integers": lambda: (
            {"LST": lst, "NDVI": derive(ndvi, tmp_path / "ndvi_int.tif",
                                        lambda v: np.where(v == -9999, -9999, v * 10000), dtype="int16")},
            r"outside \[-1, 1\]"),
        "missing crs": lambda: ({"LST": derive(lst, tmp_path / "no_crs.tif", drop_crs=True), "NDVI": ndvi},
                                "no coordinate reference system"),
        "celsius": lambda: ({"LST": derive(lst, tmp_path / "celsius.tif",
                                           lambda v: np.where(v == -9999, v, v - 273.15)),
                             "NDVI": ndvi}, "degrees Celsius"),
        "raw numbers": lambda: ({"LST": derive(lst, tmp_path / "dn.tif", lambda v: np.where(v == -9999, 0, v / 0.02),
                                               dtype="uint16", nodata=0), "NDVI": ndvi}, "raw digital numbers"),
        "no vegetation input": lambda: ({"LST": lst}, "No vegetation input"),
    }
    return cases[case]()


@pytest.mark.parametrize("case", ["no overlap", "not coarser", "all nodata", "ndvi as integers",
                                  "missing crs", "celsius", "raw numbers", "no vegetation input"])
def test_bad_input_is_refused_and_nothing_written(provider, pair, tmp_path, case):
    from qgis.core import QgsProcessingException
    parameters, message = broken_input(case, pair, tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(QgsProcessingException, match=message):
        run("tsharp", {**parameters, "OUTPUT": str(out_dir / "lst.tif")})
    assert list(out_dir.iterdir()) == []


def test_cancel_leaves_nothing(provider, pair, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run("tsharp", {"LST": pair[0], "NDVI": pair[1], "OUTPUT": str(tmp_path / "lst.tif")}, feedback)
    assert list(tmp_path.iterdir()) == []


def test_qgis_process_runs_tsharp_across_crs(qgis_process_env, pair, tmp_path):
    executable, env = qgis_process_env
    listing = subprocess.run([executable, "list"], env=env, capture_output=True, text=True, check=True)
    assert "lst_downscaler:tsharp" in listing.stdout and "lst_downscaler:distrad" in listing.stdout
    ndvi_utm = warp_to(pair[1], tmp_path / "ndvi_utm.tif", "EPSG:32631", 250)
    output = tmp_path / "tsharp.tif"
    completed = subprocess.run(
        [executable, "run", "lst_downscaler:tsharp", "--", f"LST={pair[0]}", f"NDVI={ndvi_utm}",
         f"OUTPUT={output}"], env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Energy conservation" in completed.stdout
    with rasterio.open(output) as dataset:
        assert dataset.crs.to_epsg() == 32631
    assert accuracy(*read_on_reference(str(output), pair[2]))["rmse"] < 2.5


def test_qgis_process_reports_bad_input(qgis_process_env, pair, tmp_path):
    executable, env = qgis_process_env
    output = tmp_path / "never.tif"
    completed = subprocess.run(
        [executable, "run", "lst_downscaler:tsharp", "--", f"LST={pair[1]}", f"NDVI={pair[1]}",
         f"OUTPUT={output}"], env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode != 0
    assert "not coarser" in completed.stdout + completed.stderr
    assert not output.exists()
