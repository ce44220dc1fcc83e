"""The Processing models in resources/models: they load, and run end to end with qgis_process."""

import subprocess

import numpy as np
import rasterio

from rasters import read
from shared_data import LIVERPOOL, ROOT, require

MODEL = ROOT / "resources" / "models" / "landsat_l2_to_tsharp.model3"


def test_model_loads_with_its_chain(provider):
    from qgis.core import QgsProcessingModelAlgorithm
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    children = {child_id: child.algorithmId() for child_id, child in model.childAlgorithms().items()}
    assert children == {"prepare": "lst_downscaler:prepare_landsat_l2", "ndvi": "lst_downscaler:spectral_index",
                        "aggregate": "gdal:warpreproject", "tsharp": "lst_downscaler:tsharp"}
    for child in model.childAlgorithms().values():
        assert child.algorithm() is not None, f"{child.algorithmId()} is not available"
    aggregate = model.childAlgorithm("aggregate").parameterSources()
    assert aggregate["TARGET_RESOLUTION"][0].staticValue() == 100
    assert aggregate["RESAMPLING"][0].staticValue() == 5  # average
    tsharp = model.childAlgorithm("tsharp").parameterSources()
    assert (tsharp["LST"][0].outputChildId(), tsharp["NDVI"][0].outputChildId()) == ("aggregate", "ndvi")
    assert model.childAlgorithm("ndvi").parameterSources()["REFLECTANCE"][0].outputName() == "OUTPUT_REFLECTANCE"
    assert [p.name() for p in model.parameterDefinitions()] == ["scene", "tsharp:LST_30M"]


def test_model_runs_with_qgis_process(qgis_process_env, tmp_path):
    executable, env = qgis_process_env
    folder = require(LIVERPOOL)
    output = tmp_path / "lst_30m.tif"
    completed = subprocess.run(
        [executable, "run", str(MODEL), "--", f"scene={next(folder.glob('*_MTL.txt'))}",
         f"tsharp:LST_30M={output}"], env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    values, profile = read(output)
    with rasterio.open(next(folder.glob("*_SR_B4.TIF"))) as ndvi_grid:
        assert (profile["width"], profile["height"]) == (ndvi_grid.width, ndvi_grid.height) == (433, 267)
        assert profile["crs"] == ndvi_grid.crs
        assert profile["transform"].almost_equals(ndvi_grid.transform)
    valid = values[np.isfinite(values)]
    assert valid.size > 0.99 * values.size
    assert 284 < valid.min() and valid.max() < 300
    assert "Energy conservation" in completed.stdout


def test_every_step_of_the_bundled_workflows_is_valid_in_the_modeler(provider):
    """The Toolbox lists the workflows, and the modeler finds each step complete (not red)."""
    from qgis.core import QgsProcessingModelAlgorithm

    from lst_downscaler import dependencies
    workflows = [a for a in provider.algorithms() if isinstance(a, QgsProcessingModelAlgorithm)]
    assert {w.name() for w in workflows} == {"Landsat scene to 30 m heat map", "MODIS day to 250 m LST",
                                             "landsat_l2_to_tsharp", "Landsat scene to 30 m LST (progressive)"}
    for workflow in workflows:
        requirements = {module for child in workflow.childAlgorithms().values()
                        for module in getattr(child.algorithm(), "requirements", ())}
        if not dependencies.check(tuple(requirements))[0]:
            # Without PyTorch (Debian 13's Python has no wheel here) the workflow cannot run, and QGIS
            # 3.40 in this test session reports its first step unavailable (a script outside pytest
            # finds every step valid): test_dependencies checks what such a run says.
            continue
        assert workflow.canExecute()[0]
        for child_id in workflow.childAlgorithms():
            valid, issues = workflow.validateChildAlgorithm(child_id)
            assert valid, (workflow.name(), child_id, issues)
