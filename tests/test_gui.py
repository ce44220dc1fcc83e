"""The plugin in the real QGIS desktop: every dialog, a run from its dialog, the heat map style."""

import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest
from matplotlib.image import imread

from desktop import run_desktop
from rasters import read
from shared_data import ROOT, modis_aster

SCREENSHOTS = ROOT / "build" / "screenshots"
TEMPLATE = ROOT / "resources" / "styles" / "lst_heat_map.qml"
DIALOG_SIZE = [1000, 680]


def template_colours():
    return [item.get("color") for item in ElementTree.parse(TEMPLATE).getroot().iter("item")]


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    """One QGIS session: a screenshot of every dialog, then TsHARP (°C) run from its dialog."""
    lst, ndvi, _ = modis_aster(0)
    folder = tmp_path_factory.mktemp("desktop")
    tasks = {
        "dialogs": {"providers": ["lst_downscaler"], "folder": str(SCREENSHOTS), "size": DIALOG_SIZE},
        "run": {"algorithm": "lst_downscaler:tsharp", "size": DIALOG_SIZE, "folder": str(SCREENSHOTS),
                "parameters": {"LST": str(lst), "NDVI": str(ndvi), "UNITS": 1,
                               "OUTPUT": str(folder / "tsharp.tif")},
                "screenshot": "run_tsharp_dialog", "map_screenshot": "run_tsharp_map"},
        "toolbox": {"search": "30 m", "algorithm": "lst_downscaler:Landsat scene to 30 m heat map",
                    "action": "Edit a Copy in the Model Designer…", "folder": str(SCREENSHOTS),
                    "screenshot": "workflow_copy_in_model_designer"},
    }
    results = run_desktop(tasks, folder)
    assert not results.get("errors") and not results.get("timeout"), results
    return results


def assert_screenshot(path, minimum_size=(600, 400)):
    image = imread(path)
    assert image.shape[1] >= minimum_size[0] and image.shape[0] >= minimum_size[1], path
    assert image[..., :3].std() > 0.05, f"{path} is blank"


def test_every_algorithm_dialog_opens(desktop, provider):
    dialogs = desktop["dialogs"]
    for algorithm in provider.algorithms():
        assert algorithm.id() in dialogs, f"no dialog for {algorithm.id()}"
        # QGIS 3.40 puts a model's group before its name
        assert dialogs[algorithm.id()]["title"].lower().endswith(algorithm.displayName().lower())
        assert_screenshot(dialogs[algorithm.id()]["png"])
    workflows = {"lst_downscaler:Landsat scene to 30 m heat map", "lst_downscaler:MODIS day to 250 m LST"}
    assert workflows <= set(dialogs)


def test_bundled_workflows_are_in_the_toolbox_and_editable_as_copies(desktop):
    """Installed as a user would (no model copied by hand): the Toolbox search finds the
    workflow, and its context menu opens a copy in the user's models in the Model Designer."""
    toolbox = desktop["toolbox"]
    assert "lst_downscaler:Landsat scene to 30 m heat map" in toolbox["found"]
    assert toolbox["action_enabled"]
    assert toolbox["user_models"] == ["model:Landsat scene to 30 m heat map"]
    assert "Landsat scene to 30 m heat map" in toolbox["modeler_title"]
    assert_screenshot(toolbox["png"])


def test_tsharp_run_from_its_dialog_loads_a_styled_heat_map(desktop):
    run = desktop["run"]
    assert run["successful"], run["log"]
    assert_screenshot(run["png"])
    assert_screenshot(run["map_png"])
    [layer] = run["layers"]
    assert layer["name"] == "LST (°C) — TsHARP"
    assert layer["in_layer_tree"] and layer["source"] == run["outputs"]["OUTPUT"]
    assert layer["renderer"] == "singlebandpseudocolor"
    assert [colour for _, colour, _ in layer["items"]] == template_colours()
    values, _ = read(layer["source"])
    low, high = np.percentile(values[np.isfinite(values)], [2, 98])
    assert layer["minimum"] == pytest.approx(low, abs=0.05)
    assert layer["maximum"] == pytest.approx(high, abs=0.05)
    assert layer["items"][0][0] == layer["minimum"] and layer["items"][-1][0] == layer["maximum"]
    assert all(label.endswith(" °C") for _, _, label in layer["items"])
    assert layer["legend_suffix"] == " °C"
    assert layer["band_name"].endswith("LST (°C)")


def test_heat_map_style_in_kelvin_when_loaded_headless(provider, tmp_path):
    """processing.runAndLoadResults: the same post-processor, for the bicubic baseline in kelvin."""
    import processing
    from qgis.core import QgsProject
    lst, ndvi, _ = modis_aster(0)
    project = QgsProject.instance()
    project.clear()
    output = str(tmp_path / "bicubic.tif")
    processing.runAndLoadResults("lst_downscaler:bicubic", {"LST": str(lst), "GRID": str(ndvi), "OUTPUT": output})
    [layer] = project.mapLayers().values()
    assert layer.name() == "LST (K) — Bicubic upsampling"
    renderer = layer.renderer()
    assert renderer.type() == "singlebandpseudocolor"
    ramp = renderer.shader().rasterShaderFunction()
    assert [item.color.name() for item in ramp.colorRampItemList()] == template_colours()
    assert all(item.label.endswith(" K") for item in ramp.colorRampItemList())
    values, _ = read(output)
    assert renderer.classificationMin() == pytest.approx(np.nanpercentile(values, 2), abs=0.05)
    assert renderer.classificationMax() == pytest.approx(np.nanpercentile(values, 98), abs=0.05)
    project.clear()
