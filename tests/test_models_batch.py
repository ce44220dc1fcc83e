"""The heat map models: their chains, runs with qgis_process, and a batch in the batch dialog."""

import json
import subprocess

import numpy as np
import pytest
import rasterio

from lst_downscaler.core.evaluation.metrics import accuracy, read_on_reference

from desktop import run_desktop
from rasters import derive, read
from shared_data import LIVERPOOL, ROOT, modis_aster, require
from test_hotspots import DISTRICTS, write_districts

MODELS = ROOT / "resources" / "models"
LANDSAT_MODEL = MODELS / "landsat_to_30m_heat_map.model3"
MODIS_MODEL = MODELS / "modis_day_to_250m_lst.model3"
SCREENSHOTS = ROOT / "build" / "screenshots"


def load(path):
    from qgis.core import QgsProcessingModelAlgorithm
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path))
    return model


def test_landsat_model_chain(provider):
    model = load(LANDSAT_MODEL)
    assert model.name() == "Landsat scene to 30 m heat map"
    children = {child_id: child.algorithmId() for child_id, child in model.childAlgorithms().items()}
    assert children == {"prepare": "lst_downscaler:prepare_landsat_l2", "ndvi": "lst_downscaler:spectral_index",
                        "aggregate": "gdal:warpreproject", "tsharp": "lst_downscaler:tsharp",
                        "hot_spots": "lst_downscaler:heat_hot_spots"}
    for child in model.childAlgorithms().values():
        assert child.algorithm() is not None, f"{child.algorithmId()} is not available"
    aggregate = model.childAlgorithm("aggregate").parameterSources()
    assert (aggregate["TARGET_RESOLUTION"][0].staticValue(), aggregate["RESAMPLING"][0].staticValue()) == (100, 5)
    tsharp = model.childAlgorithm("tsharp").parameterSources()
    assert (tsharp["LST"][0].outputChildId(), tsharp["NDVI"][0].outputChildId()) == ("aggregate", "ndvi")
    assert tsharp["UNITS"][0].staticValue() == 1  # °C
    hot_spots = model.childAlgorithm("hot_spots").parameterSources()
    assert hot_spots["LST"][0].outputChildId() == "tsharp"
    assert hot_spots["DISTRICTS"][0].parameterName() == "zones"
    assert [p.name() for p in model.parameterDefinitions() if not p.isDestination()] == [
        "scene", "spots_percentile", "zones"]
    assert [p.name() for p in model.destinationParameterDefinitions()] == [
        "hot_spots:HEAT_BY_DISTRICT", "hot_spots:HOT_SPOTS", "tsharp:LST_30M"]


def test_modis_model_chain(provider):
    model = load(MODIS_MODEL)
    assert model.name() == "MODIS day to 250 m LST"
    children = {child_id: child.algorithmId() for child_id, child in model.childAlgorithms().items()}
    assert children == {"tsharp": "lst_downscaler:tsharp", "hot_spots": "lst_downscaler:heat_hot_spots"}
    tsharp = model.childAlgorithm("tsharp").parameterSources()
    assert (tsharp["LST"][0].parameterName(), tsharp["NDVI"][0].parameterName()) == ("lst", "ndvi")
    assert tsharp["UNITS"][0].staticValue() == 1  # °C
    assert [p.name() for p in model.parameterDefinitions() if not p.isDestination()] == ["lst", "ndvi", "spots_percentile"]


def run_model(qgis_process_env, model, arguments):
    executable, env = qgis_process_env
    completed = subprocess.run([executable, "run", str(model), "--"] + [f"{k}={v}" for k, v in arguments.items()],
                               env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return completed.stdout


def check_modis_day(pair, lst_250m, hot_spots, tmp_path):
    """A MODIS model output: °C on the NDVI's CRS and pixel size, close to ASTER, 10 % hot."""
    celsius, profile = read(lst_250m)
    modis, _ = read(pair[0])
    with rasterio.open(pair[1]) as ndvi:
        assert profile["crs"] == ndvi.crs and profile["transform"].a == pytest.approx(ndvi.transform.a)
    assert np.nanmean(celsius) == pytest.approx(np.nanmean(modis) - 273.15, abs=0.5)
    kelvin = derive(lst_250m, tmp_path / "kelvin.tif", lambda v: np.where(v == -9999, v, v + 273.15))
    assert accuracy(*read_on_reference(kelvin, str(pair[2])))["rmse"] < 2.5
    mask, _ = read(hot_spots)
    valid = np.isfinite(celsius)
    np.testing.assert_array_equal(np.isfinite(mask), valid)
    assert 9.5 < 100 * np.nanmean(mask) < 10.1


def test_modis_model_runs_with_qgis_process(qgis_process_env, tmp_path):
    pair = modis_aster(0)
    outputs = {"tsharp:LST_250M": tmp_path / "lst_250m.tif", "hot_spots:HOT_SPOTS": tmp_path / "hot.tif"}
    # The bundled workflow, by its id in the provider.
    stdout = run_model(qgis_process_env, "lst_downscaler:MODIS day to 250 m LST",
                       {"lst": pair[0], "ndvi": pair[1], **outputs})
    assert "Energy conservation" in stdout and "valid pixels are hot" in stdout
    check_modis_day(pair, outputs["tsharp:LST_250M"], outputs["hot_spots:HOT_SPOTS"], tmp_path)


def test_landsat_model_runs_with_qgis_process(qgis_process_env, tmp_path):
    from qgis.core import QgsVectorLayer
    folder = require(LIVERPOOL)
    red = next(folder.glob("*_SR_B4.TIF"))
    outputs = {"tsharp:LST_30M": tmp_path / "lst_30m.tif", "hot_spots:HOT_SPOTS": tmp_path / "hot.tif",
               "hot_spots:HEAT_BY_DISTRICT": tmp_path / "districts_heat.gpkg"}
    run_model(qgis_process_env, LANDSAT_MODEL, {
        "scene": next(folder.glob("*_MTL.txt")), "zones": write_districts(red, tmp_path / "districts.gpkg"),
        "spots_percentile": 95, **outputs})
    celsius, profile = read(outputs["tsharp:LST_30M"])
    with rasterio.open(red) as grid:
        assert (profile["crs"], profile["transform"], celsius.shape) == (grid.crs, grid.transform, grid.shape)
    valid = celsius[np.isfinite(celsius)]
    assert valid.size > 0.99 * celsius.size
    assert 284 - 273.15 < valid.min() and valid.max() < 300 - 273.15
    mask, _ = read(outputs["hot_spots:HOT_SPOTS"])
    assert 4.9 < 100 * np.nanmean(mask) < 5.1
    heat = QgsVectorLayer(str(outputs["hot_spots:HEAT_BY_DISTRICT"]), "heat", "ogr")
    features = list(heat.getFeatures())
    assert {feature["name"] for feature in features} == set(DISTRICTS)
    for feature in features:
        assert valid.min() <= feature["lst_mean"] <= feature["lst_max"] <= valid.max()
        assert 0 <= feature["hot_share"] <= 100
    assert max(feature["hot_share"] for feature in features) > 0


def test_batch_of_three_modis_days_in_the_batch_dialog(tmp_path):
    """Three MODIS/ASTER pairs through the bundled MODIS workflow in the desktop's batch dialog."""
    index = json.loads(require("modis_aster", "index.json").read_text())
    pairs = [modis_aster(entry["id"]) for entry in index[1:4]]
    rows = [{"lst": str(pair[0]), "ndvi": str(pair[1]), "spots_percentile": 90,
             "tsharp:LST_250M": str(tmp_path / f"lst_{i}.tif"), "hot_spots:HOT_SPOTS": str(tmp_path / f"hot_{i}.tif")}
            for i, pair in enumerate(pairs)]
    results = run_desktop({"batch": {"algorithm": "lst_downscaler:MODIS day to 250 m LST", "rows": rows,
                                     "load_layers": True, "expected_layers": 6, "size": [1200, 400],
                                     "folder": str(SCREENSHOTS), "screenshot": "batch_modis_model"}},
                          tmp_path)
    assert not results.get("errors") and not results.get("timeout"), results
    batch = results["batch"]
    assert batch["rows"] == 3
    assert "executions failed" not in batch["log"], batch["log"]
    # "Load layers on completion": each row's LST, as a heat map, and hot spots.
    assert sorted(layer["name"] for layer in batch["layers"]) == ["HOT_SPOTS"] * 3 + ["LST_250M"] * 3
    for layer in batch["layers"]:
        if layer["name"] == "LST_250M":
            assert layer["renderer"] == "singlebandpseudocolor" and layer["legend_suffix"] == " °C"
    for i, pair in enumerate(pairs):
        check_modis_day(pair, rows[i]["tsharp:LST_250M"], rows[i]["hot_spots:HOT_SPOTS"], tmp_path)
